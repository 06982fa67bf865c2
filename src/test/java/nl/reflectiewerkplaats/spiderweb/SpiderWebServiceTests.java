package nl.reflectiewerkplaats.spiderweb;

import static nl.reflectiewerkplaats.support.ExportFiles.documents;
import static nl.reflectiewerkplaats.support.ExportFiles.pdfText;
import static nl.reflectiewerkplaats.support.ExportFiles.unzip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Map;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.privacy.CaseArchive;
import nl.reflectiewerkplaats.report.SessionReportService;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The spinnenweb: a web is private by default (no one else's reads, the group's web, the
 * report or the export hold it), shared only by its owner's choice and taken back the same
 * way; the same person's web of an earlier meeting lies under today's.
 */
@StoreTest
class SpiderWebServiceTests {

    @Autowired
    SpiderWebService webs;
    @Autowired
    SessionReportService reports;
    @Autowired
    CaseArchive archive;
    @Autowired
    MeetingService meetings;
    @Autowired
    TestData data;

    @Given
    Actor.Facilitator facilitator;
    @Given
    Case theCase;
    @Given
    Meeting meeting;
    Actor.Participant ann;
    Actor.Participant bob;

    @BeforeEach
    void setUp() {
        ann = meetings.join(meeting.getInviteToken(), "Ann", "wijkteam", "sleutel-van-ann-web-0001", false).asActor();
        bob = meetings.join(meeting.getInviteToken(), "Bob", "school", "sleutel-van-bob-web-0001", false).asActor();
    }

    @Test
    void aWebIsPrivateByDefaultAndSharedOnlyByChoice() throws IOException {
        webs.score(ann, theCase.getId(), meeting.getId(), "leiderschap", 4);
        webs.score(ann, theCase.getId(), meeting.getId(), "macht", 2);
        webs.score(bob, theCase.getId(), meeting.getId(), "leiderschap", 1);

        // private by default: only its owner reads it
        assertThat(webs.mine(ann, theCase.getId(), meeting.getId())).get()
                .satisfies(w -> assertThat(w.getScores()).containsExactlyInAnyOrderEntriesOf(Map.of("leiderschap", 4, "macht", 2)))
                .satisfies(w -> assertThat(w.isShared()).isFalse());
        assertThat(webs.shared(bob, theCase.getId(), meeting.getId())).isEmpty();
        assertThat(webs.shared(facilitator, theCase.getId(), meeting.getId())).isEmpty();
        assertThat(webs.group(bob, theCase.getId(), meeting.getId(), "groep").scores()).isEmpty();
        assertThat(pdfText(reports.pdf(facilitator, meeting.getId(), true))).doesNotContain("Spinnenweb");
        Map<String, String> export = unzip(archive.export(facilitator, theCase.getId()));
        assertThat(documents(export).getList("self_assessments", Document.class)).isNull();
        assertThat(export.get("LEESMIJ.txt")).contains("self_assessments: 2 hele documenten").contains("niet deelde");
        var privateChange = new SpiderWebEvents.WebChanged(theCase.getId(), meeting.getId(), ann.id(), false);
        assertThat(privateChange.visibleTo(bob)).isFalse();
        assertThat(privateChange.visibleTo(facilitator)).isFalse();
        assertThat(privateChange.visibleTo(ann)).isTrue();

        // Ann shares: the group's web is hers alone; Bob's stays out
        webs.share(ann, theCase.getId(), meeting.getId(), true);
        assertThat(webs.shared(bob, theCase.getId(), meeting.getId())).extracting(SelfAssessment::getOwnerName)
                .containsExactly("Ann");
        assertThat(webs.group(bob, theCase.getId(), meeting.getId(), "groep").scores())
                .containsExactlyInAnyOrderEntriesOf(Map.of("leiderschap", 4.0, "macht", 2.0));
        String report = pdfText(reports.pdf(facilitator, meeting.getId(), true));
        assertThat(report).contains("Spinnenweb").contains("Gedeeld door 1 deelnemer").contains("Ann");
        assertThat(webSection(pdfText(reports.pdf(facilitator, meeting.getId(), false)))).contains("Web 1")
                .doesNotContain("Ann");
        export = unzip(archive.export(facilitator, theCase.getId()));
        assertThat(documents(export).getList("self_assessments", Document.class)).singleElement()
                .satisfies(d -> assertThat(d.getString("ownerName")).isEqualTo("Ann"))
                .satisfies(d -> assertThat(d).doesNotContainKey("ownerKey"));
        assertThat(export.get("casus.json")).doesNotContain("sleutel-van");

        // Bob shares too: the group's web is the average of both
        webs.share(bob, theCase.getId(), meeting.getId(), true);
        assertThat(webs.group(ann, theCase.getId(), meeting.getId(), "groep").scores().get("leiderschap"))
                .isCloseTo(2.5, within(0.001));

        // Ann takes it back: gone from the group, the report and the export again
        webs.share(ann, theCase.getId(), meeting.getId(), false);
        assertThat(webs.shared(facilitator, theCase.getId(), meeting.getId())).extracting(SelfAssessment::getOwnerName)
                .containsExactly("Bob");
        assertThat(webs.group(facilitator, theCase.getId(), meeting.getId(), "groep").scores())
                .containsExactlyInAnyOrderEntriesOf(Map.of("leiderschap", 1.0));
        assertThat(webSection(pdfText(reports.pdf(facilitator, meeting.getId(), true)))).contains("Bob")
                .doesNotContain("Ann");
        export = unzip(archive.export(facilitator, theCase.getId()));
        assertThat(documents(export).getList("self_assessments", Document.class)).extracting(d -> d.getString("ownerName"))
                .containsExactly("Bob");
    }

    @Test
    void theWebOfAnEarlierMeetingLiesUnderTodaysForThatPersonOnly() {
        webs.score(ann, theCase.getId(), meeting.getId(), "communiceren", 2);
        webs.score(ann, theCase.getId(), meeting.getId(), "samen-leren", 3);
        webs.score(bob, theCase.getId(), meeting.getId(), "communiceren", 5);
        assertThat(webs.earlier(ann, theCase.getId(), meeting.getId())).as("no earlier moment yet").isEmpty();

        Meeting later = data.newMeeting(facilitator, theCase);
        Actor.Participant annLater = meetings.join(later.getInviteToken(), "Ann", "wijkteam", "sleutel-van-ann-web-0001",
                false).asActor();
        Actor.Participant newcomer = meetings.join(later.getInviteToken(), "Dirk", "zorg", "sleutel-van-dirk-web-01",
                false).asActor();
        webs.score(annLater, theCase.getId(), later.getId(), "communiceren", 4);

        assertThat(webs.earlier(annLater, theCase.getId(), later.getId())).get()
                .satisfies(w -> assertThat(w.getMeetingId()).isEqualTo(meeting.getId()))
                .satisfies(w -> assertThat(w.getScores()).containsExactlyInAnyOrderEntriesOf(
                        Map.of("communiceren", 2, "samen-leren", 3)));
        assertThat(webs.mine(annLater, theCase.getId(), later.getId())).get()
                .satisfies(w -> assertThat(w.getScores()).containsExactlyInAnyOrderEntriesOf(Map.of("communiceren", 4)));
        assertThat(webs.earlier(newcomer, theCase.getId(), later.getId())).as("not someone else's web").isEmpty();
        assertThat(webs.shared(newcomer, theCase.getId(), later.getId())).isEmpty();
    }

    @Test
    void badScoresAreRefusedAndTheStoredWebStaysIntact() {
        webs.score(ann, theCase.getId(), meeting.getId(), "ethiek", 3);
        assertThatThrownBy(() -> webs.score(ann, theCase.getId(), meeting.getId(), "ethiek", 6))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("error.web.scoreOutOfRange");
        assertThatThrownBy(() -> webs.score(ann, theCase.getId(), meeting.getId(), "ethiek", 0))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> webs.score(ann, theCase.getId(), meeting.getId(), "toveren", 3))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("error.web.unknownCompetency");
        assertThatThrownBy(() -> webs.share(bob, theCase.getId(), meeting.getId(), true))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("error.web.nothingToShare");
        assertThat(webs.mine(ann, theCase.getId(), meeting.getId())).get()
                .satisfies(w -> assertThat(w.getScores()).containsExactlyInAnyOrderEntriesOf(Map.of("ethiek", 3)));
    }

    @Test
    void thePitfallsChecklistIsTheFacilitatorsPerMeeting() {
        assertThat(webs.tickedPitfalls(facilitator, theCase.getId(), meeting.getId())).isEmpty();
        webs.tickPitfall(facilitator, theCase.getId(), meeting.getId(), "ouders", true);
        webs.tickPitfall(facilitator, theCase.getId(), meeting.getId(), "kind", true);
        webs.tickPitfall(facilitator, theCase.getId(), meeting.getId(), "ouders", false);
        assertThat(webs.tickedPitfalls(facilitator, theCase.getId(), meeting.getId())).containsExactly("kind");
        Meeting next = data.newMeeting(facilitator, theCase);
        assertThat(webs.tickedPitfalls(facilitator, theCase.getId(), next.getId())).as("per meeting").isEmpty();
        assertThatThrownBy(() -> webs.tickedPitfalls(ann, theCase.getId(), meeting.getId()))
                .isInstanceOf(NoAccessException.class);
        assertThatThrownBy(() -> webs.tickPitfall(ann, theCase.getId(), meeting.getId(), "kind", false))
                .isInstanceOf(NoAccessException.class);
        assertThatThrownBy(() -> webs.tickPitfall(facilitator, theCase.getId(), meeting.getId(), "onbekend", true))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theRadarPutsTheFirstSpokeUpAndTheTopScoreOnTheOuterRing() {
        Radar radar = new Radar(8, 5, 100, 100, 50);
        assertThat(radar.point(0, 5)).containsExactly(new double[] {100, 50}, within(1e-9));
        assertThat(radar.point(2, 5)).containsExactly(new double[] {150, 100}, within(1e-9));
        assertThat(radar.point(4, 2.5)).containsExactly(new double[] {100, 125}, within(1e-9));
        assertThat(radar.web(java.util.Arrays.asList(5.0, null, 5.0))).hasSize(2);
    }

    /** The spinnenweb's part of the report's text: from its count of shared webs to its source. */
    private static String webSection(String report) {
        int from = report.indexOf("Gedeeld door");
        assertThat(from).as("the report has a spinnenweb section").isNotNegative();
        int to = report.indexOf("Van handelingsverlegen", from);
        return report.substring(from, to < 0 ? report.length() : to);
    }



}
