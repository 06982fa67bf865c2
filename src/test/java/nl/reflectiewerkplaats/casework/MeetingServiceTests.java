package nl.reflectiewerkplaats.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.NotFoundException;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.base.UserFacingException;
import nl.reflectiewerkplaats.dream.DreamBoardService;
import nl.reflectiewerkplaats.dream.DreamQuestion;
import org.springframework.context.ApplicationContext;

@StoreTest
class MeetingServiceTests {

    @Autowired
    MeetingService meetings;
    @Autowired
    CaseService cases;
    @Autowired
    TestData data;
    @Autowired
    ApplicationContext context;

    @Test
    void inviteTokensCarryAtLeast128RandomBitsAndDiffer() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            Meeting m = data.newMeeting(f, c);
            byte[] bits = Base64.getUrlDecoder().decode(m.getInviteToken());
            assertThat(bits.length * 8).isGreaterThanOrEqualTo(128);
            tokens.add(m.getInviteToken());
        }
        assertThat(tokens).hasSize(20);
    }

    @Test
    void renewingTheLinkRetiresTheOldOneButKeepsWhoJoined() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        String oldToken = m.getInviteToken();
        Participant joined = meetings.join(oldToken, "Fatima", "leerkracht, basisschool");

        Meeting renewed = meetings.renewInvite(f, m.getId());

        assertThat(renewed.getInviteToken()).isNotEqualTo(oldToken);
        assertThatThrownBy(() -> meetings.findOpenInvitation(oldToken)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> meetings.join(oldToken, "Laatkomer", "wijkteam"))
                .isInstanceOf(NotFoundException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.invite.closedOrUnknown");
        assertThat(meetings.findOpenInvitation(renewed.getInviteToken())).get()
                .extracting(MeetingService.Invitation::casePseudonym).isEqualTo(c.getPseudonym());
        assertThat(meetings.listParticipants(f, m.getId())).extracting(Participant::getId).containsExactly(joined.getId());
    }

    @Test
    void aClosedLinkLetsNobodyInAndShutsOutParticipants() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor.Participant p = data.participant(m, "Gijs");

        meetings.setInviteOpen(f, m.getId(), false);

        assertThatThrownBy(() -> meetings.findOpenInvitation(m.getInviteToken())).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> meetings.join(m.getInviteToken(), "Hanna", "ouder")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.getMeeting(p, m.getId())).isInstanceOf(NoAccessException.class);

        meetings.setInviteOpen(f, m.getId(), true);
        assertThat(meetings.getMeeting(p, m.getId()).getTitle()).isEqualTo(m.getTitle());
    }

    @Test
    void unknownOrMalformedTokensFindNothing() {
        meetings.failedLinkAttempts().clear();
        assertThatThrownBy(() -> meetings.findOpenInvitation("bestaat-niet")).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> meetings.findOpenInvitation("x".repeat(10_000))).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> meetings.findOpenInvitation(null)).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> meetings.join("bestaat-niet", "Iris", "jeugdarts")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void joiningNeedsANameAndARole() {
        Actor.Facilitator f = data.facilitator();
        Meeting m = data.newMeeting(f, data.newCase(f));
        assertThatThrownBy(() -> meetings.join(m.getInviteToken(), " ", "jeugdarts")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> meetings.join(m.getInviteToken(), "Joost", "")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> meetings.join(m.getInviteToken(), "J".repeat(10_000), "x")).isInstanceOf(InvalidInputException.class);
        assertThat(meetings.listParticipants(f, m.getId())).isEmpty();
    }

    @Test
    void participantsCannotManageAndOtherFacilitatorsCannotSeeTheCase() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor.Participant p = data.participant(m, "Kees");
        assertThatThrownBy(() -> meetings.renewInvite(p, m.getId())).isInstanceOf(NoAccessException.class);
        assertThatThrownBy(() -> meetings.createMeeting(p, c.getId(), "eigen bijeenkomst", DutchTime.today()))
                .isInstanceOf(NoAccessException.class);
        assertThatThrownBy(() -> cases.listCases(p)).isInstanceOf(NoAccessException.class);

        Actor.Facilitator other = data.facilitator();
        assertThatThrownBy(() -> cases.getCase(other, c.getId())).isInstanceOf(NoAccessException.class);
        assertThat(cases.listCases(other)).extracting(Case::getId).doesNotContain(c.getId());
    }

    @Test
    void aWatcherReadsAlongButContributesNothing() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Meeting withLink = meetings.watchLink(f, m.getId());
        assertThat(withLink.getWatchToken()).isNotBlank().isNotEqualTo(m.getInviteToken());
        assertThat(meetings.findOpenInvitation(withLink.getWatchToken())).get()
                .extracting(MeetingService.Invitation::watcher).isEqualTo(true);
        Actor.Participant watcher = meetings.join(withLink.getWatchToken(), "Wim", "student", null, false).asActor();
        Actor.Participant member = data.participant(m, "Mia");
        assertThat(watcher.watcher()).isTrue();
        assertThat(member.watcher()).isFalse();

        var board = context.getBean(DreamBoardService.class);
        var question = new DreamQuestion(DreamQuestion.Audience.CHILD, 0);
        board.addCard(member, c.getId(), m.getId(), question, "Zwemmen.");
        assertThat(board.listCards(watcher, c.getId())).hasSize(1);
        assertThatThrownBy(() -> board.addCard(watcher, c.getId(), m.getId(), question, "Ook iets"))
                .isInstanceOf(NoAccessException.class);
        assertThatThrownBy(() -> meetings.watchLink(member, m.getId())).isInstanceOf(NoAccessException.class);

        Meeting renewed = meetings.renewInvite(f, m.getId());
        assertThatThrownBy(() -> meetings.findOpenInvitation(withLink.getWatchToken())).as("renewing retires the watch link too").isInstanceOf(UserFacingException.class);
        assertThat(renewed.getWatchToken()).isNotEqualTo(withLink.getWatchToken());
    }

    @Test
    void aSharedCaseCanBeLedByACoFacilitator() {
        Actor.Facilitator f = data.facilitator();
        Actor.Facilitator co = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        assertThatThrownBy(() -> meetings.renewInvite(co, m.getId())).isInstanceOf(NoAccessException.class);
        assertThatThrownBy(() -> cases.shareWith(co, c.getId(), co.id())).isInstanceOf(NoAccessException.class);

        cases.shareWith(f, c.getId(), co.id());
        assertThat(cases.listCases(co)).extracting(Case::getId).contains(c.getId());
        assertThat(meetings.renewInvite(co, m.getId()).getInviteToken()).isNotEqualTo(m.getInviteToken());
        assertThatThrownBy(() -> cases.shareWith(f, c.getId(), co.id())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aCaseNeedsAPseudonymWithinItsLimits() {
        Actor.Facilitator f = data.facilitator();
        assertThatThrownBy(() -> cases.createCase(f, "", "vraag")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> cases.createCase(f, "x".repeat(Case.PSEUDONYM_MAX_LENGTH + 1), "vraag"))
                .isInstanceOf(InvalidInputException.class);
        Case c = cases.createCase(f, "  Casus Merel  ", "");
        assertThat(c.getPseudonym()).isEqualTo("Casus Merel");
        assertThat(cases.listCases(f)).extracting(Case::getPseudonym).containsExactly("Casus Merel");
    }

    @Test
    void failedLinkLookUpsFromOneAddressAreLimited() {
        meetings.failedLinkAttempts().clear();
        try {
            int refused = 0;
            int unknown = 0;
            for (int i = 0; i < 35; i++) {
                try {
                    meetings.findOpenInvitation("geraden-" + i);
                } catch (InvalidInputException limited) {
                    assertThat(limited.messageKey()).isEqualTo("error.invite.tooManyAttempts");
                    refused++;
                } catch (NotFoundException e) {
                    unknown++;
                }
            }
            assertThat(unknown).isEqualTo(30);
            assertThat(refused).isEqualTo(5);
        } finally {
            meetings.failedLinkAttempts().clear();
        }
    }
}
