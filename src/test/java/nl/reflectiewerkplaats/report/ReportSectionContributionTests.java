package nl.reflectiewerkplaats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import nl.reflectiewerkplaats.access.AccessPolicy;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import nl.reflectiewerkplaats.instrument.report.ReportSection;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundService;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new instrument reaches the report by adding one {@link ReportSection} to the list the
 * report is given (in the app: one bean in its own module) and nothing else: here an
 * example instrument known only to this test, next to the app's own sections. Its section
 * comes at its order, its rounds at their place among the meeting's rounds; a round put
 * away unrevealed is never even handed to it. (The report is built by hand here: a second
 * application context cannot open the embedded store the shared one holds.)
 */
@StoreTest
class ReportSectionContributionTests {

    @Autowired
    AccessPolicy access;
    @Autowired
    CaseService cases;
    @Autowired
    MeetingService meetings;
    @Autowired
    RoundService rounds;
    @Autowired
    List<ReportSection> sections;
    @Autowired
    ReportPdf pdf;
    @Autowired
    TestData data;

    @Test
    void aSectionRegisteredOnlyByItsModuleAppearsInItsPlaceAndSeesNoDiscardedRound() throws IOException {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Round shown = rounds.open(f, c.getId(), m.getId(), "voorbeeld:getoond", Round.RevealMode.NAMED);
        rounds.reveal(f, shown.getId());
        Round stopped = rounds.open(f, c.getId(), m.getId(), "voorbeeld:gestopt", Round.RevealMode.NAMED);
        rounds.close(f, stopped.getId());
        Round discarded = rounds.open(f, c.getId(), m.getId(), "voorbeeld:weggelegd", Round.RevealMode.NAMED);
        rounds.close(f, discarded.getId());
        rounds.discard(f, discarded.getId());

        ExampleSection example = new ExampleSection();
        List<ReportSection> withExample = new ArrayList<>(sections);
        withExample.add(example);
        SessionReportService reports = new SessionReportService(access, cases, meetings, rounds, withExample, pdf);
        String text;
        try (PDDocument doc = Loader.loadPDF(reports.pdf(f, m.getId(), true))) {
            text = new PDFTextStripper().getText(doc);
        }

        assertThat(text).containsSubsequence("Wie deden er mee", "Agenda",
                "Voorbeeldronde voorbeeld:getoond", "Wat de groep liet zien.",
                "Voorbeeldronde voorbeeld:gestopt", "Deze ronde is gestopt zonder onthulling; de antwoorden blijven privé.",
                "Voorbeeldinstrument", "Alleen deze sectie kent het voorbeeld.", "Afsluiting");
        assertThat(text).doesNotContain("voorbeeld:weggelegd");
        assertThat(example.asked).contains("voorbeeld:getoond", "voorbeeld:gestopt").doesNotContain("voorbeeld:weggelegd");
    }

    /** The example instrument's part of the report, between the art (800) and the closing (900). */
    static class ExampleSection implements ReportSection {

        final List<String> asked = new CopyOnWriteArrayList<>();

        @Override
        public int order() {
            return 850;
        }

        @Override
        public List<ReportBlock> blocks(ReportContext context) {
            return List.of(ReportBlock.heading("Voorbeeldinstrument"),
                    ReportBlock.paragraph("Alleen deze sectie kent het voorbeeld."));
        }

        @Override
        public List<ReportBlock> blocks(ReportContext context, Round round) {
            asked.add(round.getTopic());
            if (!round.getTopic().startsWith("voorbeeld:")) {
                return List.of();
            }
            return List.of(ReportBlock.heading("Voorbeeldronde " + round.getTopic()), ReportBlock.paragraph(
                    round.isRevealed() ? "Wat de groep liet zien." : ReportSection.notRevealed(round, "Nog niet onthuld.")));
        }
    }
}
