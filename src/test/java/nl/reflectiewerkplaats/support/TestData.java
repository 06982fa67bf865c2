package nl.reflectiewerkplaats.support;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.base.DutchTime;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.reflectiewerkplaats.access.AccountLink;
import nl.reflectiewerkplaats.access.TotpCodes;

/** Makes facilitators, cases, meetings and participants through the real services. */
public class TestData {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final Map<String, String> usernames = new ConcurrentHashMap<>();
    private final AccountService accounts;
    private final CaseService cases;
    private final MeetingService meetings;

    TestData(AccountService accounts, CaseService cases, MeetingService meetings) {
        this.accounts = accounts;
        this.cases = cases;
        this.meetings = meetings;
    }

    public static final String PASSWORD = "een-lang-wachtwoord";

    /** A new facilitator account (the first one through the setup token, as in real life). */
    public Actor.Facilitator facilitator() {
        String username = "begeleider" + COUNTER.incrementAndGet() + "-" + System.nanoTime();
        var token = accounts.setupTokenIfNeeded();
        Actor.Facilitator created;
        if (token.isPresent()) {
            created = accounts.createFirstAccount(token.get(), username, "Begeleider " + COUNTER.get(), PASSWORD).asActor();
        } else {
            var link = accounts.createAccount(administrator(), username, "Begeleider " + COUNTER.get());
            completeSetup(link);
            created = accounts.findById(link.accountId()).orElseThrow().asActor();
        }
        usernames.put(created.id(), username);
        return created;
    }

    /** A beheerder actor (createAccount only asks that the caller is one). */
    public Actor.Administrator administrator() {
        return new Actor.Administrator("test-beheerder", "Beheerder");
    }

    /** A new account that is beheerder only. */
    public Actor.Administrator beheerderOnly() {
        String username = "beheerder" + COUNTER.incrementAndGet() + "-" + System.nanoTime();
        var link = accounts.createAccount(administrator(), username, "Beheerder " + COUNTER.get(),
                Set.of(AccountService.ROLE_BEHEERDER));
        completeSetup(link);
        var account = accounts.findById(link.accountId()).orElseThrow();
        usernames.put(account.getId(), username);
        return account.asAdministrator();
    }

    private final Map<String, String> secrets = new ConcurrentHashMap<>();

    /**
     * Does what the holder of a new account does with the beheerder's set-up link:
     * chooses {@link #PASSWORD} and links an authenticator app (whose secret the test keeps).
     */
    public String completeSetup(AccountLink link) {
        String secret = accounts.startLinkEnrolment(link.token());
        accounts.completeLink(link.token(), null, PASSWORD,
                TotpCodes.codeAt(secret, Instant.now()));
        secrets.put(link.accountId(), secret);
        return secret;
    }

    /** The authenticator secret of an account set up by {@link #completeSetup}, if any. */
    public String secretOf(Actor actor) {
        return secrets.get(actor.id());
    }

    public String usernameOf(Actor actor) {
        return usernames.get(actor.id());
    }

    public String usernameOf(Actor.Facilitator facilitator) {
        return usernames.get(facilitator.id());
    }

    public Case newCase(Actor.Facilitator facilitator) {
        return cases.createCase(facilitator, "Gezin Zonnebloem " + COUNTER.incrementAndGet(), "Thuiszitter sinds een jaar");
    }

    public Meeting newMeeting(Actor.Facilitator facilitator, Case c) {
        return meetings.createMeeting(facilitator, c.getId(), "Leerbijeenkomst " + COUNTER.incrementAndGet(), DutchTime.today());
    }

    public Actor.Participant participant(Meeting meeting, String name) {
        return meetings.join(meeting.getInviteToken(), name, "jeugdarts, GGD").asActor();
    }
}
