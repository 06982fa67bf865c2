package nl.reflectiewerkplaats.casework.ui;

import com.vaadin.flow.server.VaadinService;
import java.util.Set;
import java.util.stream.Collectors;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.casework.Participant;
import nl.reflectiewerkplaats.live.Presence;
import nl.reflectiewerkplaats.live.PresenceRegistry;

/**
 * "Of how many": the people who can take part in a meeting right now — present, and
 * neither a facilitator nor a watcher. Counts on the facilitator's screen ("1 van 3
 * klaar", "2 van 3 geplaatst") say out of this number.
 */
public final class Headcount {

    private Headcount() {
    }

    /** Present participants who can contribute (for one who may see the meeting's participants). */
    public static int present(Actor actor, String meetingId) {
        var instantiator = VaadinService.getCurrent().getInstantiator();
        MeetingService meetings = instantiator.getOrCreate(MeetingService.class);
        PresenceRegistry presence = instantiator.getOrCreate(PresenceRegistry.class);
        Set<String> contributors = meetings.listParticipants(actor, meetingId).stream()
                .filter(p -> !p.isWatcher()).map(Participant::getId).collect(Collectors.toSet());
        return (int) presence.present(meetingId).stream().filter(p -> !p.facilitator()).map(Presence::actorId)
                .filter(contributors::contains).distinct().count();
    }

    /** Out of how many, never fewer than have answered (someone may have left after answering). */
    public static int outOf(Actor actor, String meetingId, int answered) {
        return Math.max(answered, present(actor, meetingId));
    }
}
