package nl.reflectiewerkplaats.learningorders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.privacy.CaseArchive;
import nl.reflectiewerkplaats.report.SessionReportService;
import nl.reflectiewerkplaats.sincelast.SinceLastTimeService;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The three orders of learning: lessons are kept per meeting, sorted and marked by the group, in the
 * session report with the source, and in the case export and erasure (with the "meekijken" setting).
 */
@StoreTest
class LearningOrdersTests {

    @Autowired
    LearningOrdersService service;
    @Autowired
    SinceLastTimeService sinceLast;
    @Autowired
    MeetingService meetings;
    @Autowired
    SessionReportService reports;
    @Autowired
    CaseArchive archive;
    @Autowired
    TestData data;

    private Actor.Facilitator anna;
    private Case theCase;
    private Meeting first;
    private Meeting second;

    @BeforeEach
    void twoMeetings() {
        anna = data.facilitator();
        theCase = data.newCase(anna);
        first = meetings.createMeeting(anna, theCase.getId(), "Eerste", DutchTime.today().minusWeeks(3));
        second = meetings.createMeeting(anna, theCase.getId(), "Tweede", DutchTime.today());
    }

    @Test
    void lessonsAreKeptPerMeetingSortedAndMarkedByTheGroup() {
        String c = theCase.getId();
        service.add(anna, c, first.getId(), LearningOrder.KNOWLEDGE, "De leerplichtambtenaar kan eerder aansluiten");
        Actor.Participant bram = data.participant(second, "Bram");
        Lesson lesson = service.add(bram, c, second.getId(), LearningOrder.KNOWLEDGE, "We vragen eerst wat Denise wil");
        // another person sorts it under another order and says what would show it
        Actor.Participant carla = data.participant(second, "Carla");
        service.sort(carla, lesson.id(), LearningOrder.SKILL);
        service.show(carla, lesson.id(), Evidence.OUTCOME, "Denise zit aan tafel bij het volgende overleg");

        assertThat(service.lessons(anna, c, first.getId())).extracting(Lesson::text)
                .containsExactly("De leerplichtambtenaar kan eerder aansluiten");
        assertThat(service.lessons(anna, c, second.getId())).singleElement().satisfies(l -> {
            assertThat(l.order()).isEqualTo(LearningOrder.SKILL);
            assertThat(l.evidence()).isEqualTo(Evidence.OUTCOME);
            assertThat(l.evidenceNote()).isEqualTo("Denise zit aan tafel bij het volgende overleg");
            assertThat(l.authorName()).isEqualTo("Bram");
        });

        // a participant works in their own meeting only; bad input is refused in Dutch, nothing stored
        assertThatThrownBy(() -> service.add(bram, c, first.getId(), LearningOrder.ART, "Te laat"))
                .isInstanceOf(NoAccessException.class);
        assertThatThrownBy(() -> service.add(bram, c, second.getId(), LearningOrder.ART, "   "))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("error.input.required");
        assertThatThrownBy(() -> service.add(bram, c, second.getId(), null, "Zonder orde"))
                .isInstanceOf(InvalidInputException.class);
        // only the author or whoever leads removes
        assertThatThrownBy(() -> service.remove(carla, lesson.id())).isInstanceOf(NoAccessException.class);
        Actor.Participant watcher = meetings.join(meetings.watchLink(anna, second.getId()).getWatchToken(), "Eva",
                "student", null, false).asActor();
        assertThatThrownBy(() -> service.add(watcher, c, second.getId(), LearningOrder.ART, "Meekijker"))
                .isInstanceOf(NoAccessException.class);
        assertThat(service.lessons(anna, c, second.getId())).hasSize(1);
        service.remove(bram, lesson.id());
        assertThat(service.lessons(anna, c, second.getId())).isEmpty();
        assertThat(service.lessons(anna, c, first.getId())).hasSize(1);
    }

    @Test
    void theSessionReportShowsTheMeetingsLessonsByOrderWithTheSource() throws IOException {
        String c = theCase.getId();
        Lesson lesson = service.add(anna, c, second.getId(), LearningOrder.ART,
                "We dachten dat school de regie had");
        service.show(anna, lesson.id(), Evidence.IMPACT, "Regie staat voortaan in elk plan");
        service.add(anna, c, first.getId(), LearningOrder.KNOWLEDGE, "Alleen in de eerste bijeenkomst");
        String text;
        try (PDDocument doc = Loader.loadPDF(reports.pdf(anna, second.getId(), true))) {
            text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        // a page's tables follow its other text: the heading and source first, the rows after them
        assertThat(text).containsSubsequence("Wat hebben we geleerd?", "Tabel 1")
                .containsSubsequence("De kunst van het leren", "We dachten dat school de regie had",
                        "Impact: Regie staat voortaan in elk plan");
        assertThat(text).doesNotContain("Alleen in de eerste bijeenkomst");
    }

    @Test
    void theExportHoldsTheLessonsAndTheSharingAndErasureRemovesThemOfThatCaseOnly() throws IOException {
        Case other = data.newCase(anna);
        Meeting otherMeeting = data.newMeeting(anna, other);
        service.add(anna, theCase.getId(), second.getId(), LearningOrder.SKILL, "Samen de tijdlijn lezen");
        service.add(anna, other.getId(), otherMeeting.getId(), LearningOrder.SKILL, "Andere casus, andere les");
        sinceLast.share(anna, theCase.getId(), second.getId(), true);
        sinceLast.share(anna, other.getId(), otherMeeting.getId(), true);

        String json = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive.export(anna, theCase.getId())))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals("casus.json")) {
                    json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(json).isNotNull();
        Document docs = Document.parse(json).get("documenten", Document.class);
        assertThat(docs.getList("learning_order_lessons", Object.class)).hasSize(1);
        assertThat(docs.getList("since_last_shares", Object.class)).hasSize(1);
        assertThat(json).contains("Samen de tijdlijn lezen").doesNotContain("Andere casus, andere les");

        archive.erase(anna, theCase.getId());
        var after = archive.documentsOf(theCase.getId());
        assertThat(after.getOrDefault("learning_order_lessons", List.of())).isEmpty();
        assertThat(after.getOrDefault("since_last_shares", List.of())).isEmpty();
        assertThat(service.lessons(anna, other.getId(), otherMeeting.getId())).extracting(Lesson::text)
                .containsExactly("Andere casus, andere les");
        assertThat(archive.documentsOf(other.getId()).get("since_last_shares")).hasSize(1);
    }
}
