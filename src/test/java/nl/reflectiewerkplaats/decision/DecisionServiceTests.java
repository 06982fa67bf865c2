package nl.reflectiewerkplaats.decision;

import static nl.reflectiewerkplaats.support.ExportFiles.documents;
import static nl.reflectiewerkplaats.support.ExportFiles.pdfText;
import static nl.reflectiewerkplaats.support.ExportFiles.unzip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.language.FeelingCardsService;
import nl.reflectiewerkplaats.privacy.CaseArchive;
import nl.reflectiewerkplaats.report.SessionReportService;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundService;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.StoreTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The decision-level check: levels are private until the reveal on every path the data
 * leaves the server by (the service's reads, the live events, the case's history, the
 * report, the export), however the round ends; then everyone gets the same spread, and
 * the decision is stored with it.
 */
@StoreTest
class DecisionServiceTests {

    @Autowired
    DecisionService decisions;
    @Autowired
    RoundService rounds;
    @Autowired
    FeelingCardsService feelings;
    @Autowired
    SessionReportService reports;
    @Autowired
    CaseArchive archive;
    @Autowired
    MeetingService meetings;

    @Given
    Actor.Facilitator facilitator;
    @Given
    Case theCase;
    @Given
    Meeting meeting;
    Actor.Participant ann;
    Actor.Participant bob;
    Actor.Participant cor;

    @BeforeEach
    void setUp() {
        ann = meetings.join(meeting.getInviteToken(), "Ann", "wijkteam", null, false).asActor();
        bob = meetings.join(meeting.getInviteToken(), "Bob", "school", null, false).asActor();
        cor = meetings.join(meeting.getInviteToken(), "Cor", "leerplicht", null, false).asActor();
    }

    @Test
    void levelsArePrivateUntilTheRevealThenEveryoneSeesTheSameSpreadStoredWithTheDecision() throws IOException {
        Decision decision = decisions.open(facilitator, theCase.getId(), meeting.getId(),
                "  Jesse start twee ochtenden op school  ", Round.RevealMode.NAMED);
        assertThat(decision.text()).isEqualTo("Jesse start twee ochtenden op school");
        String roundId = decision.roundId();
        decisions.choose(ann, roundId, "compromis");
        decisions.choose(ann, roundId, "doordrukken"); // changed her mind: one choice per person
        decisions.choose(bob, roundId, "synergie");
        decisions.choose(cor, roundId, "consent");

        // before the reveal: each sees only their own level, everyone the count, no one a spread
        assertThat(decisions.mine(ann, roundId)).contains("doordrukken");
        assertThat(decisions.mine(bob, roundId)).contains("synergie");
        assertThat(decisions.chosenCount(bob, roundId)).isEqualTo(3);
        assertThat(decisions.chosenBy(facilitator, roundId)).containsExactly("Ann", "Bob", "Cor");
        assertThatThrownBy(() -> decisions.chosenBy(ann, roundId)).isInstanceOf(NoAccessException.class);
        for (Actor who : List.of(facilitator, ann, bob)) {
            assertThat(decisions.spread(who, roundId)).as("spread before the reveal for " + who.displayName()).isEmpty();
        }
        assertThat(decisions.history(bob, theCase.getId())).singleElement()
                .satisfies(r -> assertThat(r.spread()).isNull());
        String report = pdfText(reports.pdf(facilitator, meeting.getId(), true));
        assertThat(report).contains("Jesse start twee ochtenden op school").contains("nog niet getoond")
                .doesNotContain("Doordrukken").doesNotContain("Synergie");
        Map<String, String> export = unzip(archive.export(facilitator, theCase.getId()));
        assertThat(documents(export).getList("decision_levels", Document.class)).isNull();
        assertThat(documents(export).getList("decisions", Document.class)).singleElement()
                .satisfies(d -> assertThat(d.getString("text")).isEqualTo("Jesse start twee ochtenden op school"));
        assertThat(export.get("LEESMIJ.txt")).contains("decision_levels: 3 hele documenten");
        // the live event of a choice goes to its owner only and names no level
        var chosen = new DecisionEvents.LevelChosen(theCase.getId(), roundId, ann.id());
        assertThat(chosen.visibleTo(ann)).isTrue();
        assertThat(chosen.visibleTo(bob)).isFalse();
        assertThat(chosen.visibleTo(facilitator)).isFalse();

        rounds.reveal(facilitator, roundId);
        Spread seenByAnn = decisions.spread(ann, roundId).orElseThrow();
        assertThat(decisions.spread(bob, roundId)).contains(seenByAnn);
        assertThat(decisions.spread(facilitator, roundId)).contains(seenByAnn);
        assertThat(seenByAnn.levels()).extracting(Spread.LevelCount::id).containsExactly("doordrukken",
                "co-existentie", "compromis", "consensus", "consent", "synergie");
        assertThat(seenByAnn.levels()).extracting(Spread.LevelCount::count).containsExactly(1, 0, 0, 0, 1, 1);
        assertThat(seenByAnn.levels()).filteredOn(Spread.LevelCount::acceptable).extracting(Spread.LevelCount::id)
                .containsExactly("consent", "synergie");
        assertThat(seenByAnn.total()).isEqualTo(3);
        assertThat(seenByAnn.acceptable()).isEqualTo(2);
        assertThat(seenByAnn.levels().getFirst().names()).containsExactly("Ann");
        assertThatThrownBy(() -> decisions.choose(ann, roundId, "synergie")).isInstanceOf(InvalidInputException.class);
        assertThat(decisions.mine(ann, roundId)).contains("doordrukken");

        // stored with the decision: the history, the report and the export carry the spread
        rounds.close(facilitator, roundId);
        assertThat(decisions.history(cor, theCase.getId())).singleElement().satisfies(r -> {
            assertThat(r.decision().text()).isEqualTo("Jesse start twee ochtenden op school");
            assertThat(r.spread()).isEqualTo(seenByAnn);
        });
        report = pdfText(reports.pdf(facilitator, meeting.getId(), true));
        assertThat(report).contains("Doordrukken").contains("Synergie").contains("2 van de 3 kozen een acceptabel niveau")
                .contains("Niet acceptabel");
        export = unzip(archive.export(facilitator, theCase.getId()));
        assertThat(documents(export).getList("decision_levels", Document.class))
                .extracting(d -> d.getString("ownerName") + ":" + d.getString("level"))
                .containsExactlyInAnyOrder("Ann:doordrukken", "Bob:synergie", "Cor:consent");
    }

    @Test
    void anAnonymousCheckShowsCountsWithoutNames() throws IOException {
        String roundId = decisions.open(facilitator, theCase.getId(), meeting.getId(), "Ouders worden uitgenodigd",
                Round.RevealMode.ANONYMOUS).roundId();
        decisions.choose(ann, roundId, "consensus");
        decisions.choose(bob, roundId, "consensus");
        rounds.reveal(facilitator, roundId);

        Spread spread = decisions.spread(cor, roundId).orElseThrow();
        assertThat(spread.levels()).filteredOn(l -> l.id().equals("consensus")).singleElement()
                .satisfies(l -> assertThat(l.count()).isEqualTo(2))
                .satisfies(l -> assertThat(l.names()).isEmpty());
        assertThat(spread.acceptable()).isZero();
        Map<String, String> export = unzip(archive.export(facilitator, theCase.getId()));
        assertThat(documents(export).getList("decision_levels", Document.class)).hasSize(2)
                .allSatisfy(d -> assertThat(d).doesNotContainKeys("ownerId", "ownerName", "chosenAt", "_id"));
    }

    @Test
    void aStoppedOrReplacedCheckKeepsItsLevelsPrivateEverywhereUntilRevealedLater() throws IOException {
        String stopped = decisions.open(facilitator, theCase.getId(), meeting.getId(), "GESTOPT besluit",
                Round.RevealMode.NAMED).roundId();
        decisions.choose(ann, stopped, "doordrukken");
        rounds.close(facilitator, stopped);
        String replaced = decisions.open(facilitator, theCase.getId(), meeting.getId(), "VERVANGEN besluit",
                Round.RevealMode.NAMED).roundId();
        decisions.choose(bob, replaced, "co-existentie");
        feelings.open(facilitator, theCase.getId(), meeting.getId(), Round.RevealMode.NAMED); // replaces it

        for (String roundId : List.of(stopped, replaced)) {
            assertThat(rounds.get(facilitator, roundId).getPhase()).isEqualTo(Round.Phase.STOPPED);
            assertThat(decisions.spread(facilitator, roundId)).isEmpty();
            assertThat(decisions.spread(cor, roundId)).isEmpty();
            assertThatThrownBy(() -> decisions.choose(cor, roundId, "consent")).isInstanceOf(InvalidInputException.class);
        }
        assertThat(decisions.history(cor, theCase.getId())).hasSize(2).allSatisfy(r -> assertThat(r.spread()).isNull());
        String report = pdfText(reports.pdf(facilitator, meeting.getId(), true));
        assertThat(report).contains("GESTOPT besluit").contains("VERVANGEN besluit").contains("gestopt zonder onthulling")
                .doesNotContain("Doordrukken").doesNotContain("Co-existentie");
        Map<String, String> export = unzip(archive.export(facilitator, theCase.getId()));
        assertThat(documents(export).getList("decision_levels", Document.class)).isNull();
        assertThat(export.get("casus.json")).doesNotContain("co-existentie").doesNotContain("doordrukken");

        // the facilitator reveals the stopped one later ("alsnog onthullen"): now, and only it, is shown
        rounds.reveal(facilitator, stopped);
        assertThat(decisions.spread(cor, stopped)).get().satisfies(s -> assertThat(s.total()).isEqualTo(1));
        assertThat(decisions.spread(cor, replaced)).isEmpty();
        assertThat(decisions.history(cor, theCase.getId())).filteredOn(r -> r.spread() != null)
                .extracting(r -> r.decision().text()).containsExactly("GESTOPT besluit");
    }

    @Test
    void badInputGetsAClearMessageAndOnlyTheFacilitatorOpensACheck() {
        assertThatThrownBy(() -> decisions.open(facilitator, theCase.getId(), meeting.getId(), "   ",
                Round.RevealMode.NAMED)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> decisions.open(facilitator, theCase.getId(), meeting.getId(), "x".repeat(301),
                Round.RevealMode.NAMED)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> decisions.open(ann, theCase.getId(), meeting.getId(), "Een besluit",
                Round.RevealMode.NAMED)).isInstanceOf(NoAccessException.class);
        assertThat(decisions.history(facilitator, theCase.getId())).isEmpty();

        String roundId = decisions.open(facilitator, theCase.getId(), meeting.getId(), "Een besluit",
                Round.RevealMode.NAMED).roundId();
        decisions.choose(ann, roundId, "consent");
        assertThatThrownBy(() -> decisions.choose(ann, roundId, "stemmen")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("error.decision.unknownLevel");
        assertThat(decisions.mine(ann, roundId)).as("the stored choice stays").contains("consent");
    }



}
