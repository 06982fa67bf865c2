package nl.reflectiewerkplaats.round;

import static nl.reflectiewerkplaats.support.ExportFiles.pdfText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.language.FeelingCardsService;
import nl.reflectiewerkplaats.perspective.GroupSide;
import nl.reflectiewerkplaats.perspective.GroupSpace;
import nl.reflectiewerkplaats.perspective.GroupsService;
import nl.reflectiewerkplaats.perspective.PerspectiveService;
import nl.reflectiewerkplaats.perspective.RoleCard;
import nl.reflectiewerkplaats.report.SessionReportService;
import nl.reflectiewerkplaats.support.Given;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import nl.reflectiewerkplaats.tensionfield.MarkerView;
import nl.reflectiewerkplaats.tensionfield.TensionFieldService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import nl.reflectiewerkplaats.access.NoAccessException;

/**
 * Issue 15, finding 1: a round that ends without a reveal — stopped by the facilitator
 * ("Ronde stoppen") or replaced because another round opens — keeps its answers
 * private on every path: the instrument's own reads, the histories across meetings,
 * "your place last time", and the session report.
 */
@StoreTest
class StoppedRoundPrivacyTests {

    private static final String FIELD = "doorgaan-vertragen";

    @Autowired
    TensionFieldService fields;
    @Autowired
    GroupsService groups;
    @Autowired
    PerspectiveService roles;
    @Autowired
    FeelingCardsService feelings;
    @Autowired
    RoundService rounds;
    @Autowired
    SessionReportService reports;
    @Autowired
    MeetingService meetings;
    @Autowired
    CardCatalog catalog;
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
        ann = meetings.join(meeting.getInviteToken(), "Ann", "wijkteam", "sleutel-van-ann-000001", false).asActor();
        bob = meetings.join(meeting.getInviteToken(), "Bob", "school", "sleutel-van-bob-000001", false).asActor();
    }

    @Test
    void aStoppedFieldRoundShowsNoOnesMarkerToAnyoneElseNowOrLater() {
        Round round = fields.openRound(facilitator, theCase.getId(), meeting.getId(), FIELD, Round.RevealMode.NAMED);
        fields.place(ann, round.getId(), 0.15);
        fields.place(bob, round.getId(), 0.85);
        rounds.close(facilitator, round.getId());

        assertThat(rounds.get(facilitator, round.getId()).isRevealed()).as("stopped is not revealed").isFalse();
        assertThat(fields.markers(bob, round.getId())).extracting(MarkerView::position).containsExactly(0.85);
        assertThat(fields.markers(facilitator, round.getId())).isEmpty();
        assertThat(fields.history(bob, theCase.getId(), FIELD)).as("history across meetings").isEmpty();
        assertThat(fields.history(facilitator, theCase.getId(), FIELD)).isEmpty();

        // next meeting: "your place last time" comes only from revealed rounds
        Meeting next = data.newMeeting(facilitator, theCase);
        Actor.Participant annAgain = meetings.join(next.getInviteToken(), "Ann", "wijkteam", "sleutel-van-ann-000001", false)
                .asActor();
        Round later = fields.openRound(facilitator, theCase.getId(), next.getId(), FIELD, Round.RevealMode.NAMED);
        assertThat(fields.lastTime(annAgain, later.getId())).isEmpty();
        assertThatThrownBy(() -> fields.place(ann, round.getId(), 0.5)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aRoundReplacedByANewOneStaysPrivateToo() {
        Round first = fields.openRound(facilitator, theCase.getId(), meeting.getId(), FIELD, Round.RevealMode.NAMED);
        fields.place(ann, first.getId(), 0.3);
        Round second = fields.openRound(facilitator, theCase.getId(), meeting.getId(), "jij-ik-wij", Round.RevealMode.NAMED);

        assertThat(rounds.current(facilitator, theCase.getId(), meeting.getId())).map(Round::getId).contains(second.getId());
        assertThat(rounds.get(facilitator, first.getId()).isRevealed()).isFalse();
        assertThat(fields.markers(bob, first.getId())).isEmpty();
        assertThat(fields.history(bob, theCase.getId(), FIELD)).isEmpty();
    }

    @Test
    void stoppedGroupsRolesAndFeelingRoundsKeepTheirAnswersPrivateAndOutOfTheReport() throws IOException {
        // two groups: Ann writes in her group's space, then the facilitator stops before the pitch
        Round groupsRound = groups.start(facilitator, theCase.getId(), meeting.getId(), 10);
        groups.assign(facilitator, groupsRound.getId(), ann.id(), "Ann", GroupSide.HULPVERLENING);
        groups.assign(facilitator, groupsRound.getId(), bob.id(), "Bob", GroupSide.GEZIN_NETWERK);
        GroupSpace annSpace = groups.space(ann, groupsRound.getId(), GroupSide.HULPVERLENING);
        groups.write(ann, groupsRound.getId(), GroupSpace.Part.PERSPECTIVE, "Geheime groepstekst van Ann",
                annSpace.getVersion());
        rounds.close(facilitator, groupsRound.getId());
        assertThatThrownBy(() -> groups.space(bob, groupsRound.getId(), GroupSide.HULPVERLENING))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> groups.pitches(facilitator, groupsRound.getId())).isInstanceOf(InvalidInputException.class);
        assertThat(groups.history(bob, theCase.getId())).isEmpty();

        // roles: Ann answers, then the facilitator opens the feeling cards (the roles round is replaced)
        Round rolesRound = roles.openRolesRound(facilitator, theCase.getId(), meeting.getId(), Round.RevealMode.NAMED);
        RoleCard mother = roles.addRole(facilitator, rolesRound.getId(), "Moeder", false, null);
        roles.chooseRole(ann, mother.getId());
        roles.answer(ann, rolesRound.getId(), "Geheim dilemma van Ann", "Geheim gevoel van Ann", 0.4, false);
        Round feelingRound = feelings.open(facilitator, theCase.getId(), meeting.getId(), Round.RevealMode.NAMED);
        assertThat(roles.table(bob, rolesRound.getId())).isEmpty();
        assertThat(roles.table(facilitator, rolesRound.getId())).isEmpty();
        assertThat(roles.history(bob, theCase.getId())).isEmpty();

        // feeling cards: Bob picks, then the facilitator stops
        String word = catalog.feelingCards().allCards().getFirst();
        feelings.pick(bob, feelingRound.getId(), List.of(word));
        rounds.close(facilitator, feelingRound.getId());
        assertThat(feelings.table(ann, feelingRound.getId())).isEmpty();
        assertThat(feelings.table(facilitator, feelingRound.getId())).isEmpty();

        // a field round, stopped
        Round fieldRound = fields.openRound(facilitator, theCase.getId(), meeting.getId(), FIELD, Round.RevealMode.NAMED);
        fields.place(ann, fieldRound.getId(), 0.2);
        fields.place(bob, fieldRound.getId(), 0.7);
        rounds.close(facilitator, fieldRound.getId());

        String report = pdfText(reports.pdf(facilitator, meeting.getId(), true));
        assertThat(report).doesNotContain("Geheime groepstekst").doesNotContain("Geheim dilemma")
                .doesNotContain("Geheim gevoel").doesNotContain("Met namen").doesNotContain(word + " (1)");
        assertThat(report).contains("gestopt zonder onthulling");
    }

    @Test
    void theFacilitatorMayRevealAStoppedRoundLaterOrDiscardIt() {
        Round round = fields.openRound(facilitator, theCase.getId(), meeting.getId(), FIELD, Round.RevealMode.NAMED);
        fields.place(ann, round.getId(), 0.15);
        fields.place(bob, round.getId(), 0.85);
        rounds.close(facilitator, round.getId());
        assertThat(rounds.get(facilitator, round.getId()).getPhase()).isEqualTo(Round.Phase.STOPPED);
        assertThat(rounds.stopped(facilitator, theCase.getId(), "spanningsveld:")).extracting(Round::getId)
                .containsExactly(round.getId());

        Round revealed = rounds.reveal(facilitator, round.getId());
        assertThat(revealed.isRevealed()).isTrue();
        assertThat(revealed.isEnded()).as("revealing later does not reopen it").isTrue();
        assertThat(rounds.current(facilitator, theCase.getId(), meeting.getId())).isEmpty();
        assertThat(fields.history(bob, theCase.getId(), FIELD)).singleElement()
                .satisfies(s -> assertThat(s.markers()).extracting(MarkerView::label).containsExactly("Ann", "Bob"));
        assertThatThrownBy(() -> fields.place(bob, round.getId(), 0.5)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> rounds.discard(facilitator, round.getId())).isInstanceOf(InvalidInputException.class);

        Round other = fields.openRound(facilitator, theCase.getId(), meeting.getId(), FIELD, Round.RevealMode.NAMED);
        fields.place(ann, other.getId(), 0.5);
        rounds.close(facilitator, other.getId());
        rounds.discard(facilitator, other.getId());
        assertThat(rounds.stopped(facilitator, theCase.getId(), "spanningsveld:")).isEmpty();
        assertThatThrownBy(() -> rounds.reveal(facilitator, other.getId())).isInstanceOf(InvalidInputException.class);
        assertThat(fields.markers(bob, other.getId())).isEmpty();
        assertThat(fields.history(bob, theCase.getId(), FIELD)).hasSize(1);
        assertThatThrownBy(() -> rounds.discard(ann, other.getId()))
                .isInstanceOf(NoAccessException.class);
    }

}
