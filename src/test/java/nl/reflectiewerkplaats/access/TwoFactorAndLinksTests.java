package nl.reflectiewerkplaats.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.NotFoundException;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.base.UserFacingException;

@StoreTest
class TwoFactorAndLinksTests {

    @Autowired
    AccountService accounts;
    @Autowired
    MeetingService meetings;
    @Autowired
    CaseService cases;
    @Autowired
    AccessPolicy access;
    @Autowired
    TestData data;

    @Test
    void enrolmentNeedsARightCodeAndGivesRecoveryCodesThatWorkOnce() {
        AccountLink link = accounts.createAccount(data.administrator(), "app" + System.nanoTime(), "Appie");
        String id = link.accountId();
        String secret = accounts.startLinkEnrolment(link.token());
        assertThatThrownBy(() -> accounts.completeLink(link.token(), null, TestData.PASSWORD,
                "000000".equals(TotpCodes.codeAt(secret, Instant.now())) ? "111111" : "000000"))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.twoFactor.wrongCode");
        assertThat(accounts.findById(id).orElseThrow().hasTwoFactor()).isFalse();

        List<String> recovery = accounts.completeLink(link.token(), null, TestData.PASSWORD,
                TotpCodes.codeAt(secret, Instant.now()));
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(accounts.findById(id).orElseThrow().hasTwoFactor()).isTrue();

        // logging in: a wrong code is refused, the app's next code works once, not twice
        assertThat(accounts.verifySecondFactor(id, "12345")).isFalse();
        assertThat(accounts.verifySecondFactor(id, "abcdef")).isFalse();
        String next = TotpCodes.codeAt(secret, Instant.now().plusSeconds(30));
        assertThat(accounts.verifySecondFactor(id, next)).isTrue();
        assertThat(accounts.verifySecondFactor(id, next)).isFalse();

        // a recovery code works exactly once, and no stored field holds it in plain text
        assertThat(accounts.verifySecondFactor(id, recovery.get(3))).isTrue();
        assertThat(accounts.verifySecondFactor(id, recovery.get(3))).isFalse();
        assertThat(accounts.recoveryCodesLeft(id)).isEqualTo(9);
        assertThat(accounts.findById(id).orElseThrow().getRecoveryCodeHashes()).doesNotContain(recovery.get(4));
    }

    @Test
    void aPasswordAloneGrantsNoRole() {
        Actor.Facilitator f = data.facilitator();
        var user = accounts.loadUserByUsername(data.usernameOf(f));
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("FACTOR_PASSWORD");
    }

    @Test
    void aDisabledAccountCannotLogInOrPassTheSecondStep() {
        Actor.Facilitator f = data.facilitator();
        if (data.secretOf(f) == null) {
            // the store's first account links its app at the first login
            accounts.confirmTwoFactor(f.id(), TotpCodes.codeAt(accounts.startTwoFactor(f.id()), Instant.now()));
        }
        String secret = data.secretOf(f) != null ? data.secretOf(f)
                : accounts.findById(f.id()).orElseThrow().getTotpSecret();
        accounts.setDisabled(data.administrator(), f.id(), true);
        assertThat(accounts.loadUserByUsername(data.usernameOf(f)).isEnabled()).isFalse();
        assertThat(accounts.verifySecondFactor(f.id(), TotpCodes.codeAt(secret, Instant.now().plusSeconds(30)))).isFalse();
        assertThatThrownBy(() -> accounts.setDisabled(f, f.id(), false)).isInstanceOf(NoAccessException.class);
    }

    @Test
    void unknownClosedRenewedAndExpiredLinksEachSayWhatHappened() {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting today = data.newMeeting(f, c);
        assertThat(today.getInviteExpiresAt()).isAfter(Instant.now());
        assertThatThrownBy(() -> meetings.findOpenInvitation("verzonnen-token-van-iemand"))
                .isInstanceOf(NotFoundException.class).extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.invite.closedOrUnknown");

        String old = today.getInviteToken();
        Meeting renewed = meetings.renewInvite(f, today.getId());
        assertThatThrownBy(() -> meetings.join(old, "Bram", "jeugdarts"))
                .isInstanceOf(NotFoundException.class).extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.invite.closedOrUnknown");
        assertThat(meetings.findOpenInvitation(renewed.getInviteToken())).isPresent();

        meetings.setInviteOpen(f, today.getId(), false);
        assertThatThrownBy(() -> meetings.join(renewed.getInviteToken(), "Bram", "jeugdarts"))
                .isInstanceOf(NotFoundException.class).extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.invite.closed");

        Meeting yesterday = meetings.createMeeting(f, c.getId(), "Gisteren", DutchTime.today().minusDays(2));
        assertThatThrownBy(() -> meetings.findOpenInvitation(yesterday.getInviteToken()))
                .isInstanceOf(NotFoundException.class).extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.invite.expired");
    }

    @Test
    void aParticipantLosesAccessWhenTheLinkExpiresAndRegainsItWhenExtended() throws InterruptedException {
        Actor.Facilitator f = data.facilitator();
        Case c = data.newCase(f);
        Meeting m = data.newMeeting(f, c);
        Actor.Participant bram = data.participant(m, "Bram");
        assertThat(access.allows(bram, c.getId(), CaseAction.READ)).isTrue();
        assertThatThrownBy(() -> meetings.setInviteExpiry(f, m.getId(), Instant.now().minusSeconds(60)))
                .isInstanceOf(InvalidInputException.class);
        Meeting shortened = meetings.setInviteExpiry(f, m.getId(), Instant.now().plusMillis(300));
        while (Instant.now().isBefore(shortened.getInviteExpiresAt().plusMillis(50))) {
            Thread.sleep(50);
        }
        assertThat(access.allows(bram, c.getId(), CaseAction.READ)).isFalse();
        meetings.setInviteExpiry(f, m.getId(), Instant.now().plusSeconds(3600));
        assertThat(access.allows(bram, c.getId(), CaseAction.READ)).isTrue();
    }
}
