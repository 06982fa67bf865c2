package nl.reflectiewerkplaats.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import nl.reflectiewerkplaats.access.AccessLogEntry.AuditAction;
import nl.reflectiewerkplaats.base.UserFacingException;
import nl.reflectiewerkplaats.support.StoreTest;
import nl.reflectiewerkplaats.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import com.vaadin.flow.i18n.I18NProvider;
import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Accounts from creation to reset: the beheerder never chooses or learns a password,
 * every link works once and for 24 hours, a password alone never links an
 * authenticator app, weak and common passwords are refused, and every step is in the
 * access log.
 */
@StoreTest
class AccountLifecycleTests {

    @Autowired
    AccountService accounts;
    @Autowired
    TestData data;
    @Autowired
    AuthenticationManager passwordCheck;
    @Autowired
    FacilitatorAccountRepository repository;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PasswordPolicy policy;
    @Autowired
    AccessLog log;
    @Autowired
    SharedBuckets buckets;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ApplicationContext context;

    private static final String STRONG = "fietsen-langs-de-vecht-42";

    @Test
    void aBeheerderMakesAnAccountByLinkAndNeverKnowsItsPassword() {
        String username = "nieuw" + System.nanoTime();
        AccountLink link = accounts.createAccount(data.beheerderOnly(), username, "Noor Nieuw");
        assertThat(link.purpose()).isEqualTo(AccountLink.Purpose.SETUP);
        assertThat(link.expiresAt()).isBetween(Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));
        // no password yet: nothing logs in
        assertThat(passwordWorks(username, "")).isFalse();
        assertThat(accounts.openLink(link.token())).get().extracting(AccountLink.Pending::username).isEqualTo(username);
        // the token is stored only as a hash
        assertThat(mongo.getCollection("facilitators").find(new Document("_id",
                new ObjectId(link.accountId()))).first().toJson()).doesNotContain(link.token());

        String secret = accounts.startLinkEnrolment(link.token());
        String code = TotpCodes.codeAt(secret, Instant.now());
        assertThat(messageOf(() -> accounts.completeLink(link.token(), null, "kort", code)))
                .isEqualTo("error.password.tooShort");
        assertThat(messageOf(() -> accounts.completeLink(link.token(), null, "Qwerty123456", code)))
                .isEqualTo("error.password.common");
        assertThat(messageOf(() -> accounts.completeLink(link.token(), null, username + "-mijn-eigen", code)))
                .isEqualTo("error.password.username");
        assertThat(passwordWorks(username, STRONG)).isFalse();

        List<String> recovery = accounts.completeLink(link.token(), null, STRONG, code);
        assertThat(recovery).hasSize(10);
        assertThat(passwordWorks(username, STRONG)).isTrue();
        assertThat(accounts.findById(link.accountId()).orElseThrow().hasTwoFactor()).isTrue();
        // the link worked once
        assertThat(accounts.openLink(link.token())).isEmpty();
        assertThat(messageOf(() -> accounts.completeLink(link.token(), null, "een-ander-wachtwoord-9", code)))
                .isEqualTo("error.link.invalid");
        assertThat(actionsOn(link.accountId())).contains(AuditAction.ACCOUNT_CREATED, AuditAction.PASSWORD_CHANGED,
                AuditAction.ENROLMENT);
    }

    @Test
    void aPasswordAloneNeverLinksAnAppForAnAccountTheBeheerderMade() {
        AccountLink link = accounts.createAccount(data.beheerderOnly(), "zonderapp" + System.nanoTime(), "Zonder App");
        data.completeSetup(link);
        accounts.resetSecondFactor(data.administrator(), link.accountId());
        FacilitatorAccount account = accounts.findById(link.accountId()).orElseThrow();
        assertThat(account.hasTwoFactor()).isFalse();
        assertThat(account.mayEnrolAtLogin()).isFalse();
        // whoever knows the password (at the login page) cannot bind their own app
        assertThat(messageOf(() -> accounts.startTwoFactor(link.accountId()))).isEqualTo("error.twoFactor.needsLink");
        assertThat(messageOf(() -> accounts.confirmTwoFactor(link.accountId(), "123456")))
                .isEqualTo("error.twoFactor.noEnrolment");
    }

    @Test
    void aPasswordResetIsALinkThatAlsoNeedsTheSecondFactor() {
        String username = "vergeten" + System.nanoTime();
        AccountLink setup = accounts.createAccount(data.beheerderOnly(), username, "Vera Vergeten");
        String secret = data.completeSetup(setup);

        AccountLink reset = accounts.resetPassword(data.administrator(), setup.accountId());
        assertThat(reset.purpose()).isEqualTo(AccountLink.Purpose.PASSWORD);
        // the old password works until the new one is chosen
        assertThat(passwordWorks(username, TestData.PASSWORD)).isTrue();
        // the link alone (the beheerder has it) is not enough: the holder's app confirms
        assertThat(messageOf(() -> accounts.completeLink(reset.token(), null, STRONG, "000000".equals(
                TotpCodes.codeAt(secret, Instant.now().plusSeconds(30))) ? "111111" : "000000")))
                .isEqualTo("error.twoFactor.wrongCode");
        assertThat(passwordWorks(username, STRONG)).isFalse();

        assertThat(accounts.completeLink(reset.token(), null, STRONG,
                TotpCodes.codeAt(secret, Instant.now().plusSeconds(30)))).isEmpty();
        assertThat(passwordWorks(username, STRONG)).isTrue();
        assertThat(passwordWorks(username, TestData.PASSWORD)).isFalse();
        assertThat(actionsOn(setup.accountId())).contains(AuditAction.PASSWORD_RESET, AuditAction.PASSWORD_CHANGED,
                AuditAction.SECOND_FACTOR_FAILED);
    }

    @Test
    void aSecondFactorResetStopsTheOldAppAndTheNewOneNeedsTheLinkAndThePassword() {
        String username = "telefoonkwijt" + System.nanoTime();
        AccountLink setup = accounts.createAccount(data.beheerderOnly(), username, "Tim Telefoon",
                Set.of(AccountService.ROLE_FACILITATOR));
        String oldSecret = data.completeSetup(setup);

        AccountLink reset = accounts.resetSecondFactor(data.administrator(), setup.accountId());
        assertThat(reset.purpose()).isEqualTo(AccountLink.Purpose.SECOND_FACTOR);
        assertThat(accounts.verifySecondFactor(setup.accountId(),
                TotpCodes.codeAt(oldSecret, Instant.now().plusSeconds(30)))).isFalse();

        String newSecret = accounts.startLinkEnrolment(reset.token());
        String code = TotpCodes.codeAt(newSecret, Instant.now());
        // the beheerder, who has the link but not the password, cannot bind an app
        assertThat(messageOf(() -> accounts.completeLink(reset.token(), "geraden-wachtwoord", null, code)))
                .isEqualTo("error.link.wrongPassword");
        assertThat(accounts.findById(setup.accountId()).orElseThrow().hasTwoFactor()).isFalse();

        assertThat(accounts.completeLink(reset.token(), TestData.PASSWORD, null, code)).hasSize(10);
        assertThat(accounts.verifySecondFactor(setup.accountId(),
                TotpCodes.codeAt(newSecret, Instant.now().plusSeconds(30)))).isTrue();
        assertThat(actionsOn(setup.accountId())).contains(AuditAction.SECOND_FACTOR_RESET, AuditAction.ENROLMENT,
                AuditAction.LOGIN_FAILED);
    }

    @Test
    void changingYourOwnPasswordNeedsTheCurrentOneAndTheSecondFactor() {
        String username = "wissel" + System.nanoTime();
        AccountLink setup = accounts.createAccount(data.beheerderOnly(), username, "Wim Wissel");
        String secret = data.completeSetup(setup);
        Actor.Facilitator me = accounts.findById(setup.accountId()).orElseThrow().asActor();
        String next = TotpCodes.codeAt(secret, Instant.now().plusSeconds(30));

        assertThat(messageOf(() -> accounts.changePassword(me, "niet-mijn-wachtwoord", next, STRONG)))
                .isEqualTo("error.password.currentWrong");
        assertThat(messageOf(() -> accounts.changePassword(me, TestData.PASSWORD, "12345", STRONG)))
                .isEqualTo("error.twoFactor.wrongCode");
        assertThat(messageOf(() -> accounts.changePassword(me, TestData.PASSWORD, next, "1q2w3e4r5t6y")))
                .isEqualTo("error.password.common");
        assertThat(passwordWorks(username, TestData.PASSWORD)).isTrue();

        accounts.changePassword(me, TestData.PASSWORD, next, STRONG);
        assertThat(passwordWorks(username, STRONG)).isTrue();
        assertThat(passwordWorks(username, TestData.PASSWORD)).isFalse();
        // someone else's actor cannot change it
        assertThat(messageOf(() -> accounts.changePassword(new Actor.Participant("p", "P", "c", "m", "k", false, false),
                STRONG, next, "nog-een-ander-wachtwoord"))).isEqualTo("error.noAccess");
        assertThat(actionsOn(setup.accountId())).contains(AuditAction.PASSWORD_CHANGED, AuditAction.LOGIN_FAILED,
                AuditAction.SECOND_FACTOR_FAILED);
    }

    @Test
    void loginsFailuresAndRecoveryCodesAreInTheAccessLog() {
        String username = "logboek" + System.nanoTime();
        AccountLink setup = accounts.createAccount(data.beheerderOnly(), username, "Lies Logboek");
        String secret = accounts.startLinkEnrolment(setup.token());
        List<String> recovery = accounts.completeLink(setup.token(), null, TestData.PASSWORD,
                TotpCodes.codeAt(secret, Instant.now()));
        assertThat(passwordWorks(username, "fout-wachtwoord-1")).isFalse();
        assertThat(accounts.verifySecondFactor(setup.accountId(), "000000".equals(
                TotpCodes.codeAt(secret, Instant.now().plusSeconds(30))) ? "111111" : "000000")).isFalse();
        assertThat(accounts.verifySecondFactor(setup.accountId(), recovery.getFirst())).isTrue();
        accounts.recordLogin(accounts.findById(setup.accountId()).orElseThrow());
        assertThat(actionsOn(setup.accountId())).contains(AuditAction.LOGIN_FAILED, AuditAction.SECOND_FACTOR_FAILED,
                AuditAction.RECOVERY_CODE_USED, AuditAction.LOGIN);
        // the beheerder finds them under the account's name
        assertThat(log.search(data.administrator(), new AccessLog.Filter(null, "Lies Logboek", AuditAction.LOGIN_FAILED,
                null, null), 10)).isNotEmpty().allSatisfy(e -> assertThat(e.allowed()).isFalse());
    }

    @Test
    void linksAndTheFirstSetupLinkStopWorkingAfter24Hours() {
        MutableClock clock = new MutableClock(Instant.now());
        AccountService later = new AccountService(repository, encoder, clock, "", context, true, policy, log, buckets);
        AccountLink link = later.createAccount(data.administrator(), "verloopt" + System.nanoTime(), "Ver Loopt");
        clock.advance(Duration.ofHours(23).plusMinutes(59));
        assertThat(later.openLink(link.token())).isPresent();
        clock.advance(Duration.ofMinutes(2));
        assertThat(later.openLink(link.token())).isEmpty();
        assertThat(messageOf(() -> later.startLinkEnrolment(link.token()))).isEqualTo("error.link.invalid");

        // the server's first-account link: valid for 24 hours; the next start has a new one
        FacilitatorAccountRepository empty = emptyStore();
        MutableClock setupClock = new MutableClock(Instant.now());
        AccountService fresh = new AccountService(empty, encoder, setupClock, "", context, true, policy, log, buckets);
        String token = fresh.setupTokenIfNeeded().orElseThrow();
        assertThat(fresh.isValidSetupToken(token)).isTrue();
        setupClock.advance(Duration.ofHours(24).plusSeconds(1));
        assertThat(fresh.isValidSetupToken(token)).isFalse();
        assertThat(fresh.setupTokenIfNeeded()).isEmpty();
        assertThat(messageOf(() -> fresh.createFirstAccount(token, "laat", "Te Laat", STRONG)))
                .isEqualTo("error.setup.tokenInvalid");
        AccountService restarted = new AccountService(empty, encoder, setupClock, "", context, true, policy, log, buckets);
        String renewed = restarted.setupTokenIfNeeded().orElseThrow();
        assertThat(renewed).isNotEqualTo(token);
        assertThat(restarted.isValidSetupToken(renewed)).isTrue();
    }

    @Test
    void thePolicyRefusesShortCommonAndReversedPasswordsWithADutchMessage() {
        assertThat(messageOf(() -> policy.check("elf-tekens!", "x"))).isEqualTo("error.password.tooShort");
        assertThat(messageOf(() -> policy.check("PasswordPassword", "x"))).isEqualTo("error.password.common");
        assertThat(messageOf(() -> policy.check(new StringBuilder("qwerty123456").reverse().toString(), "x")))
                .isEqualTo("error.password.common");
        assertThat(messageOf(() -> policy.check("x".repeat(201), "x"))).isEqualTo("error.password.tooLong");
        policy.check(STRONG, "anna");
        var i18n = context.getBean(I18NProvider.class);
        assertThat(i18n.getTranslation("error.password.common", Locale.of("nl")))
                .contains("veelgebruikte of uitgelekte wachtwoorden");
    }

    private boolean passwordWorks(String username, String password) {
        try {
            passwordCheck.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
            return true;
        } catch (AuthenticationException refused) {
            return false;
        }
    }

    private List<AuditAction> actionsOn(String accountId) {
        return mongo.find(Query.query(Criteria.where("objectId").is(accountId)), AccessLogEntry.class,
                AccessLog.COLLECTION).stream().map(AccessLogEntry::action).toList();
    }

    private static String messageOf(Runnable action) {
        try {
            action.run();
        } catch (UserFacingException e) {
            return e.messageKey();
        }
        return "geen fout";
    }

    private static FacilitatorAccountRepository emptyStore() {
        return (FacilitatorAccountRepository) Proxy.newProxyInstance(
                AccountLifecycleTests.class.getClassLoader(), new Class<?>[] {FacilitatorAccountRepository.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "count" -> 0L;
                    case "findByUsername" -> Optional.empty();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
