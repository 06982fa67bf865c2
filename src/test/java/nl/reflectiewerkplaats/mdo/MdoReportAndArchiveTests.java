package nl.reflectiewerkplaats.mdo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.reflectiewerkplaats.access.AccessLogEntry;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.agreements.AgreementItem;
import nl.reflectiewerkplaats.agreements.AgreementService;
import nl.reflectiewerkplaats.agreements.AgreementStatus;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.circles.Circle;
import nl.reflectiewerkplaats.circles.CirclesService;
import nl.reflectiewerkplaats.circles.Mark;
import nl.reflectiewerkplaats.privacy.CaseArchive;
import nl.reflectiewerkplaats.report.SessionReportService;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** An MDO with its circles and afspraken in the session report, the case export, the erasure and the access log. */
@StoreTest
class MdoReportAndArchiveTests {

    @Autowired
    MdoService mdo;
    @Autowired
    CirclesService circles;
    @Autowired
    AgreementService agreements;
    @Autowired
    SessionReportService reports;
    @Autowired
    CaseArchive archive;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    TestData data;

    private record Filled(Case theCase, Meeting first, Meeting second) {
    }

    private Filled filled(Actor.Facilitator f) {
        Case c = data.newCase(f);
        Meeting first = mdo.planMdo(f, c.getId(), "MDO september", DutchTime.today().minusWeeks(6));
        mdo.recordConsent(f, c.getId(), first.getId(), Consent.AgeGroup.UNDER_16, Consent.Giver.PARENTS,
                "moeder en vader", DutchTime.today().minusWeeks(7), true, true, 0);
        circles.addPoint(f, c.getId(), first.getId(), Circle.CHILD, Mark.PLUS, "Tekent graag");
        circles.addPoint(f, c.getId(), first.getId(), Circle.HOME, Mark.GOAL, "Vaste ochtendroutine");
        circles.writeArrow(f, c.getId(), first.getId(), Circle.HOME, 0, "Slechte nachten thuis, moe in de klas");
        AgreementItem routine = agreements.fromGoal(f, c.getId(), first.getId(), "Vaste ochtendroutine",
                "Doel in de cirkel Thuis");
        agreements.edit(f, routine.id(), routine.version(), "Ouders", "Vaste ochtendroutine", "Op tijd op school",
                "Wekker en ontbijt om half acht", DutchTime.today().minusWeeks(2));
        Meeting second = mdo.planMdo(f, c.getId(), "MDO november", DutchTime.today());
        agreements.setStatus(f, routine.id(), AgreementStatus.DONE);
        agreements.add(f, c.getId(), second.getId(), "Mentor", "Rooster aanpassen", "", "", null);
        return new Filled(c, first, second);
    }

    /** The report's text; a page's tables come after its other text, each table's rows in order. */
    private static String text(PDDocument doc) throws IOException {
        return new PDFTextStripper().getText(doc);
    }

    @Test
    void theReportOfTheNextMdoShowsTheStepsConsentCirclesAndWhatCameOfTheAfspraken() throws IOException {
        Actor.Facilitator f = data.facilitator();
        Filled filled = filled(f);
        String first;
        try (PDDocument doc = Loader.loadPDF(reports.pdf(f, filled.first().getId(), true))) {
            first = text(doc).replaceAll("\\s+", " ");
        }
        assertThat(first).containsSubsequence("MDO in zes stappen", "Overzicht: Wat gaat al goed",
                "Toestemming gegeven door moeder en vader (ouders of verzorgers)", "Het kind en de ouders doen mee.",
                "Drie cirkels", "Kind of jongere", "Tekent graag", "Thuis", "Vaste ochtendroutine",
                "Thuis en kind: Slechte nachten thuis, moe in de klas", "Pameijer",
                "Afspraken", "Afspraken van deze bijeenkomst", "Vaste ochtendroutine", "Ouders");
        // an afspraak made in a later meeting is no look back for this one
        assertThat(first).doesNotContain("Wat is er van terechtgekomen?").doesNotContain("Rooster aanpassen");
        String second;
        try (PDDocument doc = Loader.loadPDF(reports.pdf(f, filled.second().getId(), true))) {
            second = text(doc).replaceAll("\\s+", " ");
        }
        assertThat(second).containsSubsequence("Er is voor dit MDO nog geen toestemming vastgelegd.",
                "Wat is er van terechtgekomen?", "Afspraken van deze bijeenkomst",
                // the tables follow the page's text: first the look back, then this meeting's
                "Vaste ochtendroutine", "Ouders", "Gedaan", "Rooster aanpassen", "Mentor", "Open");
    }

    @Test
    void theExportHoldsTheCirclesAfsprakenAndConsentAndErasureRemovesThem() throws IOException {
        Actor.Facilitator f = data.facilitator();
        Filled filled = filled(f);
        Filled other = filled(f);
        String caseId = filled.theCase().getId();
        var documents = archive.documentsOf(caseId);
        assertThat(documents.get("circle_sheets")).hasSize(2);
        assertThat(documents.get("agreements")).hasSize(2);
        assertThat(documents.get("mdo_consents")).hasSize(1);

        String json = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive.export(f, caseId)))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("casus.json")) {
                    json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(json).isNotNull();
        Document docs = Document.parse(json).get("documenten", Document.class);
        assertThat(docs.getList("circle_sheets", Object.class)).hasSize(2);
        assertThat(docs.getList("agreements", Object.class)).hasSize(2);
        assertThat(docs.getList("mdo_consents", Object.class)).hasSize(1);
        assertThat(json).contains("Slechte nachten thuis, moe in de klas").contains("Wekker en ontbijt om half acht")
                .contains("moeder en vader").doesNotContain(other.theCase().getId());

        archive.erase(f, caseId);
        var after = archive.documentsOf(caseId);
        assertThat(after.getOrDefault("circle_sheets", java.util.List.of())).isEmpty();
        assertThat(after.getOrDefault("agreements", java.util.List.of())).isEmpty();
        assertThat(after.getOrDefault("mdo_consents", java.util.List.of())).isEmpty();
        String otherId = other.theCase().getId();
        assertThat(circles.circles(f, otherId).stream().mapToInt(s -> s.points().size()).sum()).isEqualTo(2);
        assertThat(agreements.list(f, otherId)).hasSize(2);
    }

    @Test
    void readingAndWritingTheCirclesAndAfsprakenGoesThroughTheAccessLog() {
        Actor.Facilitator f = data.facilitator();
        Filled filled = filled(f);
        for (String object : java.util.List.of("CirclesService.addPoint", "AgreementService.fromGoal",
                "MdoService.recordConsent")) {
            assertThat(mongo.findOne(Query.query(Criteria.where("caseId").is(filled.theCase().getId())
                    .and("object").is(object).and("actorId").is(f.id())), AccessLogEntry.class, "access_log"))
                    .as(object).isNotNull();
        }
    }
}
