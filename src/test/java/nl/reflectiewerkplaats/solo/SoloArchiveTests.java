package nl.reflectiewerkplaats.solo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.privacy.CaseArchive;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The case export holds of a solo reflection only the invitation (without its token hash
 * and person key) and the answers their owner shared; the place chosen at home and the
 * unshared answers stay out, and say so. Erasing the case removes all of it, that case's only.
 */
@StoreTest
class SoloArchiveTests {

    @Autowired
    CaseArchive archive;
    @Autowired
    SoloReflectionService solo;
    @Autowired
    MeetingService meetings;
    @Autowired
    CardCatalog catalog;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestData data;

    private Case filled(Actor.Facilitator f, String privateText, String sharedText) {
        Case c = data.newCase(f);
        Meeting first = data.newMeeting(f, c);
        Actor.Participant piet = data.participant(first, "Piet");
        String field = catalog.tensionFields().getFirst().id();
        String token = solo.invite(f, c.getId(), piet.id(), List.of(field)).token();
        solo.place(token, field, 0.35);
        solo.answer(token, field, 0, privateText);
        solo.answer(token, field, 1, sharedText);
        Meeting second = meetings.createMeeting(f, c.getId(), "Tweede", DutchTime.today());
        Actor.Participant again = meetings.join(second.getInviteToken(), "Piet", "leerkracht", piet.personKey(), false)
                .asActor();
        var own = solo.mine(again, c.getId(), second.getId(), field).orElseThrow();
        solo.share(again, c.getId(), second.getId(), own.answers().get(1).id(), true);
        return c;
    }

    private long stored(String collection, String caseId) {
        return mongo.count(Query.query(Criteria.where("caseId").is(caseId)), collection);
    }

    @Test
    void theExportHoldsOnlySharedAnswersAndErasureRemovesEverything() throws IOException {
        Actor.Facilitator f = data.facilitator();
        Case c = filled(f, "PRIVEANTWOORD alleen van Piet", "GEDEELDANTWOORD voor de groep");
        Case other = filled(f, "ANDERPRIVE", "ANDERGEDEELD");

        String json = null;
        String readMe = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive.export(f, c.getId())))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("casus.json")) {
                    json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } else if (e.getName().equals("LEESMIJ.txt")) {
                    readMe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        Document docs = Document.parse(json).get("documenten", Document.class);
        assertThat(docs.getList("solo_invitations", Document.class)).singleElement().satisfies(i -> {
            assertThat(i.getString("ownerName")).isEqualTo("Piet");
            assertThat(i).doesNotContainKeys("tokenHash", "ownerKey");
        });
        assertThat(docs.getList("solo_answers", Document.class)).singleElement().satisfies(a -> {
            assertThat(a.getString("text")).isEqualTo("GEDEELDANTWOORD voor de groep");
            assertThat(a).doesNotContainKey("ownerKey");
        });
        assertThat(docs).doesNotContainKey("solo_places");
        assertThat(json).doesNotContain("PRIVEANTWOORD").doesNotContain("ANDERGEDEELD").doesNotContain("0.35");
        assertThat(readMe).contains("solo_places: 1 hele documenten").contains("solo_answers: 1 hele documenten")
                .contains("zelf reflecteren");

        archive.erase(f, c.getId());
        for (String collection : List.of("solo_invitations", "solo_places", "solo_answers")) {
            assertThat(stored(collection, c.getId())).as(collection).isZero();
            assertThat(stored(collection, other.getId())).as(collection + " of the other case").isPositive();
        }
    }
}
