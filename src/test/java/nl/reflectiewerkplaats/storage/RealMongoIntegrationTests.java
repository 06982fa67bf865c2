package nl.reflectiewerkplaats.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.bwaldvogel.mongo.MongoServer;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.dream.DreamBoardService;
import nl.reflectiewerkplaats.dream.DreamCard;
import nl.reflectiewerkplaats.dream.DreamQuestion;
import nl.reflectiewerkplaats.support.TestData;
import nl.reflectiewerkplaats.support.TestDataConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same services against a real MongoDB replica set (Testcontainers). Skipped,
 * not failed, where no Docker engine runs (as on the development machines here).
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest
@Import(TestDataConfiguration.class)
class RealMongoIntegrationTests {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("reflectiewerkplaats"));
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    DreamBoardService board;
    @Autowired
    TestData data;

    @Test
    void withAUriNothingEmbeddedStartsAndCardsAreStoredInMongo() {
        assertThat(context.getBeanNamesForType(MongoServer.class)).isEmpty();
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor.Participant p = data.participant(m, "Olaf");
        DreamCard card = board.addCard(p, c.getId(), m.getId(), new DreamQuestion(DreamQuestion.Audience.CHILD, 0), "echt opgeslagen");
        board.editCard(f, card.getId(), card.getVersion(), "door begeleider");
        assertThatThrownBy(() -> board.editCard(p, card.getId(), card.getVersion(), "te laat"))
                .isInstanceOf(StaleEditException.class);
        assertThat(board.listCards(p, c.getId())).extracting(DreamCard::getText).containsExactly("door begeleider");
    }
}
