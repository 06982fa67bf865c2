package nl.reflectiewerkplaats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.interview.Interview;
import nl.reflectiewerkplaats.interview.InterviewService;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import nl.reflectiewerkplaats.timeline.EventDate;
import nl.reflectiewerkplaats.timeline.EventKind;
import nl.reflectiewerkplaats.timeline.TimelineEventDraft;
import nl.reflectiewerkplaats.timeline.TimelineService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The session report lists the case's timeline: events in date order with kind and lane, periods, open questions. */
@StoreTest
class TimelineReportTests {

    @Autowired
    SessionReportService reports;
    @Autowired
    TimelineService timeline;
    @Autowired
    InterviewService interviews;
    @Autowired
    SharedNoteService notes;
    @Autowired
    TestData data;

    @Test
    void theReportListsTheTimeline() throws IOException {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor.Participant ann = data.participant(m, "Ann");
        timeline.addEvent(f, c.getId(), null, new TimelineEventDraft(EventDate.day(LocalDate.of(2021, 4, 2)),
                "Besluit tot onderwijsvrijstelling", "", "leerplicht", EventKind.DECISION));
        timeline.addEvent(ann, c.getId(), m.getId(), new TimelineEventDraft(
                new EventDate(LocalDate.of(2019, 6, 1), EventDate.Precision.YEAR, true), "Ouders gaan uit elkaar", "",
                "", EventKind.FAMILY_FACT));
        Interview interview = interviews.create(f, c.getId(), "moeder");
        interviews.saveNote(f, interview.getId(), "crucial", "Voor het eerst gehoord.");
        interviews.noteToTimeline(f, interview.getId(), "crucial", null, EventDate.day(LocalDate.of(2022, 1, 10)), "");
        timeline.addPeriod(ann, c.getId(), m.getId(), LocalDate.of(2021, 9, 1), LocalDate.of(2022, 8, 31),
                "Een jaar zonder school");
        timeline.flagGap(ann, c.getId(), m.getId(), LocalDate.of(2020, 1, 1), "Wie was er na de scheiding betrokken?");
        notes.add(ann, c.getId(), TimelineService.NOTES_SEE, m.getId(), "Lange stiltes tussen de besluiten.");

        try (PDDocument doc = Loader.loadPDF(reports.pdf(f, m.getId(), true))) {
            String text = new PDFTextStripper().getText(doc).replace("\n", " ").replace("\r", "");
            assertThat(text).contains("Tijdlijn", "3 gebeurtenissen", "professionals boven de lijn",
                    "ca. 2019 — Ouders gaan uit elkaar (gebeurtenis in het gezin; gezin) *",
                    "2 april 2021 — Besluit tot onderwijsvrijstelling (beslismoment in de hulpverlening; professionals)",
                    "uit het interview met moeder", "Een jaar zonder school: 1 september 2021 – 31 augustus 2022",
                    "Wie was er na de scheiding betrokken?", "Lange stiltes tussen de besluiten.");
            assertThat(text.indexOf("Ouders gaan uit elkaar")).isLessThan(text.indexOf("Besluit tot onderwijsvrijstelling"));
        }
    }
}
