package nl.reflectiewerkplaats.ladder;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.learningpoints.Answer;
import nl.reflectiewerkplaats.learningpoints.LearningPointsService;
import nl.reflectiewerkplaats.report.SessionReportService;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.StoreTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The session report shows the ladder (the situation, the regie, the clock in weeks without its
 * dates, the steps) and the leerpunten beside the meeting before; a case without either shows neither.
 */
@StoreTest
class LadderReportTests {

    @Autowired
    SessionReportService reports;
    @Autowired
    LadderService ladders;
    @Autowired
    LearningPointsService learningPoints;
    @Autowired
    MeetingService meetings;
    @Given
    Actor.Facilitator anna;
    @Given
    Case theCase;

    private String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theReportShowsTheLadderAndTheLeerpuntenThatWereUsed() throws IOException {
        Meeting before = meetings.createMeeting(anna, theCase.getId(), "Eerste keer", DutchTime.today().minusWeeks(2));
        Meeting now = meetings.createMeeting(anna, theCase.getId(), "Tweede keer", DutchTime.today());
        assertThat(text(reports.pdf(anna, now.getId(), true))).doesNotContain("Ladder van effectiviteit")
                .doesNotContain("Tien leerpunten");

        LadderState placed = ladders.step(anna, theCase.getId(), 0, Rung.CHAOTIC, "Vechtscheiding, school grijpt in.");
        LadderState regie = ladders.setWayOfWorking(anna, theCase.getId(), placed.version(), Approach.ASSERTIVE,
                "casusregisseur gemeente");
        ladders.setAbsence(anna, theCase.getId(), regie.version(), DutchTime.today().minusWeeks(9).minusDays(2), null);
        learningPoints.answer(anna, theCase.getId(), before.getId(), "voice", Answer.NO, "");
        learningPoints.answer(anna, theCase.getId(), now.getId(), "voice", Answer.PARTLY, "Moeder was erbij.");

        String text = text(reports.pdf(anna, now.getId(), true));
        assertThat(text).contains("Ladder van effectiviteit", "Situatie: Chaotisch", "Werkwijze: Assertieve regie",
                "Regie: casusregisseur gemeente", "Let op: over 19 dagen zijn het twaalf weken",
                "Vechtscheiding, school grijpt in.", "Tien leerpunten", "Is de stem van ouders en jongere gehoord?",
                "nee", "deels", "Moeder was erbij.");
        // the clock's date itself stays out of the report (in any spelling): only the count of weeks
        java.time.LocalDate since = DutchTime.today().minusWeeks(9).minusDays(2);
        for (String pattern : List.of("yyyy-MM-dd", "d MMMM yyyy", "d MMM yyyy", "d-M-yyyy")) {
            assertThat(text).doesNotContain(java.time.format.DateTimeFormatter.ofPattern(pattern,
                    java.util.Locale.of("nl", "NL")).format(since));
        }
        assertThat(text.indexOf("Ladder van effectiviteit")).isLessThan(text.indexOf("Tien leerpunten"));
    }
}
