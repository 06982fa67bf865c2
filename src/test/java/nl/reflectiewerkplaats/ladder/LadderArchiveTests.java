package nl.reflectiewerkplaats.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.learningpoints.Answer;
import nl.reflectiewerkplaats.learningpoints.LearningPointsService;
import nl.reflectiewerkplaats.privacy.CaseArchive;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The ladder and the leerpunten go into the whole-case export and leave with the case's erasure, that case's only. */
@StoreTest
class LadderArchiveTests {

    @Autowired
    CaseArchive archive;
    @Autowired
    LadderService ladders;
    @Autowired
    LearningPointsService learningPoints;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestData data;

    private Case filled(Actor.Facilitator f, String why, String note) {
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        LadderState placed = ladders.step(f, c.getId(), 0, Rung.STAGNATION, why);
        ladders.setAbsence(f, c.getId(), placed.version(), DutchTime.today().minusWeeks(6), null);
        learningPoints.answer(f, c.getId(), m.getId(), "direction", Answer.NO, note);
        return c;
    }

    private long stored(String collection, String caseId) {
        return mongo.count(Query.query(Criteria.where("caseId").is(caseId)), collection);
    }

    @Test
    void theExportHoldsTheLadderWithItsDatesAndTheAnswersAndErasureRemovesThem() throws IOException {
        Actor.Facilitator f = data.facilitator();
        Case c = filled(f, "School weigert elk overleg.", "Niemand pakt de regie.");
        Case other = filled(f, "Ander gezin, andere reden.", "Andere notitie.");

        String json = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive.export(f, c.getId())))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("casus.json")) {
                    json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        Document docs = Document.parse(json).get("documenten", Document.class);
        assertThat(docs.getList("case_ladders", Object.class)).hasSize(1);
        assertThat(docs.getList("learning_point_answers", Object.class)).hasSize(1);
        assertThat(json).contains("School weigert elk overleg.").contains("Niemand pakt de regie.")
                .contains(DutchTime.today().minusWeeks(6).toString())
                .doesNotContain("Ander gezin, andere reden.").doesNotContain("Andere notitie.");

        archive.erase(f, c.getId());
        assertThat(stored("case_ladders", c.getId())).isZero();
        assertThat(stored("learning_point_answers", c.getId())).isZero();
        assertThat(stored("case_ladders", other.getId())).isEqualTo(1);
        assertThat(stored("learning_point_answers", other.getId())).isEqualTo(1);
        assertThat(ladders.ladder(f, other.getId()).outOfSchoolSince()).isEqualTo(DutchTime.today().minusWeeks(6));
    }
}
