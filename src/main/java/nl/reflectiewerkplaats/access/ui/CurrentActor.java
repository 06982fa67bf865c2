package nl.reflectiewerkplaats.access.ui;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.FacilitatorAccount;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Who is using this browser session: a logged-in facilitator, or a participant who
 * joined a meeting by its link. The participant is remembered in the HTTP session,
 * so a reload keeps the same participant.
 */
@Component
public class CurrentActor {

    private static final String PARTICIPANTS = CurrentActor.class.getName() + ".participants";

    private final AuthenticationContext authentication;
    private final AccountService accounts;

    CurrentActor(AuthenticationContext authentication, AccountService accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
    }

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

    /** The facilitator, or else the participant this browser joined the meeting as. */
    public Optional<Actor> forMeeting(String meetingId) {
        Optional<Actor.Facilitator> facilitator = facilitator();
        if (facilitator.isPresent()) {
            return Optional.of(facilitator.get());
        }
        return Optional.ofNullable(participants().get(meetingId));
    }

    public void rememberParticipant(Actor.Participant participant) {
        participants().put(participant.meetingId(), participant);
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
