package nl.reflectiewerkplaats.perspective.ui;

import java.util.List;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.instrument.SessionContext;
import nl.reflectiewerkplaats.instrument.ui.InstrumentTab;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.perspective.BackpackService;
import nl.reflectiewerkplaats.perspective.GroupsService;
import nl.reflectiewerkplaats.perspective.PerspectiveService;
import nl.reflectiewerkplaats.round.RoundService;
import org.springframework.stereotype.Component;

/**
 * The perspectiefwissel in the session view (roles, groups, backpack); the roles and
 * the groups rounds are its. The meeting's participants are the people to pick from.
 */
@Component
final class PerspectiveInstrument extends InstrumentTab {

    PerspectiveInstrument(PerspectiveService roles, GroupsService groups, BackpackService backpack,
                          RoundService rounds, SharedNoteService notes, CaseBroadcaster broadcaster,
                          MeetingService meetings) {
        super("PERSPECTIVE", 30, "workspace.tab.perspective", c -> new PerspectivePanel(roles, groups, backpack,
                rounds, notes, broadcaster, c, () -> people(meetings, c)));
    }

    private static List<PerspectivePanel.Person> people(MeetingService meetings, SessionContext c) {
        return meetings.listParticipants(c.actor(), c.meetingId()).stream()
                .map(p -> new PerspectivePanel.Person(p.getId(), p.getDisplayName() + " (" + p.getRoleOrOrganisation() + ")"))
                .toList();
    }

    @Override
    public boolean ownsTopic(String topic) {
        return PerspectiveService.ROUND.topic().equals(topic) || GroupsService.ROUND.topic().equals(topic);
    }
}
