package nl.reflectiewerkplaats.access.ui;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.FacilitatorAccount;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import java.time.Duration;
import java.util.regex.Pattern;
import nl.reflectiewerkplaats.access.ParticipantRecognition;

/**
 * Who is using this browser session: a logged-in facilitator, or a participant who
 * joined a meeting by its link. The participant is remembered in the HTTP session,
 * so a reload keeps the same participant.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CurrentActor {

    private static final String PARTICIPANTS = CurrentActor.class.getName() + ".participants";
    /** Set by "dit ben ik niet": this browser's person key no longer counts, until someone joins afresh. */
    private static final String KEY_DROPPED = CurrentActor.class.getName() + ".keyDropped";
    static final String RETURN_AFTER_LOGIN = CurrentActor.class.getName() + ".returnAfterLogin";
    /** The random key a browser keeps across meetings and restarts: HttpOnly, set by the server only. */
    public static final String PERSON_KEY_COOKIE = "rw_pk";
    static final Duration PERSON_KEY_LIFETIME = Duration.ofDays(90);
    /** The meeting a facilitator last opened in this browser (until it closes), to return there after a new login. */
    static final String FACILITATOR_MEETING_COOKIE = "rw_fm";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{16,64}");

    private final AuthenticationContext authentication;
    private final AccountService accounts;
    private final ParticipantRecognition recognition;

    /** The logged-in account acting as facilitator: it must hold the role, granted after both login factors. */
    public Optional<Actor.Facilitator> facilitator() {
        return account(AccountService.ROLE_FACILITATOR).map(FacilitatorAccount::asActor);
    }

    /** The logged-in account acting as beheerder. */
    public Optional<Actor.Administrator> administrator() {
        return account(AccountService.ROLE_BEHEERDER).map(FacilitatorAccount::asAdministrator);
    }

    private Optional<FacilitatorAccount> account(String role) {
        if (!authentication.hasRole(role)) {
            return Optional.empty();
        }
        return authentication.getAuthenticatedUser(UserDetails.class)
                .flatMap(user -> accounts.findByUsername(user.getUsername()))
                .filter(account -> account.hasRole(role) && !account.isDisabled());
    }

    /**
     * The facilitator, or else the participant this browser joined the meeting as: in this
     * session, or (after a restart or time-out ended the session) recognised by the browser's
     * person key while the meeting's link is valid.
     */
    public Optional<Actor> forMeeting(String meetingId) {
        Optional<Actor.Facilitator> facilitator = facilitator();
        if (facilitator.isPresent()) {
            return Optional.of(facilitator.get());
        }
        Optional<Actor.Participant> joined = joinedInThisSession(meetingId);
        if (joined.isPresent()) {
            return Optional.of(joined.get());
        }
        Optional<Actor.Participant> recognised = recognised(meetingId);
        recognised.ifPresent(this::rememberParticipant);
        return recognised.map(Actor.class::cast);
    }

    /** The participant this session joined the meeting as (no look-up by person key). */
    public Optional<Actor.Participant> joinedInThisSession(String meetingId) {
        return Optional.ofNullable(participants().get(meetingId));
    }

    /** The participant of this meeting that this browser's person key joined as, while the link is valid. */
    public Optional<Actor.Participant> recognised(String meetingId) {
        return personKey().flatMap(key -> recognition.recognise(meetingId, key));
    }

    /** True when this browser holds the person key of someone who joined before (perhaps someone else). */
    public boolean holdsEarlierPerson() {
        return personKey().map(recognition::known).orElse(false);
    }

    /** This browser's person key (HttpOnly cookie), unless "dit ben ik niet" dropped it. */
    public Optional<String> personKey() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null && Boolean.TRUE.equals(session.getAttribute(KEY_DROPPED))) {
            return Optional.empty();
        }
        return BrowserCookies.read(PERSON_KEY_COOKIE).filter(key -> KEY.matcher(key).matches());
    }

    /** Remembers the participant in this session, and their person key in the browser (HttpOnly cookie). */
    public void rememberParticipant(Actor.Participant participant) {
        participants().put(participant.meetingId(), participant);
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(KEY_DROPPED, null);
        }
        if (participant.personKey() != null && KEY.matcher(participant.personKey()).matches()) {
            BrowserCookies.write(PERSON_KEY_COOKIE, participant.personKey(), PERSON_KEY_LIFETIME);
        }
    }

    /**
     * "Dit ben ik niet": this browser forgets the person it knew (in this session and its
     * person key), so whoever uses it now starts as a new participant.
     */
    public void forgetPerson() {
        participants().clear();
        VaadinSession.getCurrent().setAttribute(KEY_DROPPED, Boolean.TRUE);
        BrowserCookies.clear(PERSON_KEY_COOKIE);
    }

    /** Notes, in this browser until it closes, the meeting a facilitator works in (to return after a new login). */
    public void rememberFacilitatorMeeting(String meetingId) {
        if (!meetingId.equals(BrowserCookies.read(FACILITATOR_MEETING_COOKIE).orElse(null))) {
            BrowserCookies.write(FACILITATOR_MEETING_COOKIE, meetingId, null);
        }
    }

    /**
     * When a facilitator worked in this meeting in this browser and is no longer logged in
     * (restart, time-out), the route to return to after logging in again; empty otherwise.
     */
    public boolean returnAfterLoginIfFacilitatorWasIn(String meetingId, String route) {
        if (facilitator().isPresent() || !meetingId.equals(BrowserCookies.read(FACILITATOR_MEETING_COOKIE).orElse(null))) {
            return false;
        }
        VaadinSession.getCurrent().setAttribute(RETURN_AFTER_LOGIN, route);
        return true;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Actor.Participant> participants() {
        VaadinSession session = VaadinSession.getCurrent();
        Map<String, Actor.Participant> map = (Map<String, Actor.Participant>) session.getAttribute(PARTICIPANTS);
        if (map == null) {
            map = new HashMap<>();
            session.setAttribute(PARTICIPANTS, map);
        }
        return map;
    }
}
