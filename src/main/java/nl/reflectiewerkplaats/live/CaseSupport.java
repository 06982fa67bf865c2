package nl.reflectiewerkplaats.live;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.reflectiewerkplaats.access.AccessPolicy;
import nl.reflectiewerkplaats.base.DutchTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every case service needs besides its own store, in one collaborator: the
 * {@linkplain #access() access policy} it checks first, the clock it stamps changes
 * with, and the live path it {@linkplain #publish tells} after storing. A service
 * calls {@code support.access().check(...)} itself, so the access log still names
 * the service method.
 */
@Component
public record CaseSupport(AccessPolicy access, ApplicationEventPublisher events, Clock clock) {

    public Instant now() {
        return clock.instant();
    }

    /** Today in the Netherlands, by the injected clock. */
    public LocalDate today() {
        return DutchTime.today(clock);
    }

    /** Tells every open view of the case; call after the change is stored. */
    public void publish(CaseEvent event) {
        events.publishEvent(event);
    }
}
