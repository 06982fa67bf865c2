package nl.reflectiewerkplaats.live;

import java.util.List;

/**
 * Who has a meeting open on one app node; sent to the other nodes through the change
 * stream when it changes and again every few seconds as a heartbeat, so each node can
 * show everyone present on any node (and forget a node that stopped). No view takes it.
 */
public record NodePresence(String caseId, String meetingId, String node, List<Presence> present) implements CaseEvent {

    @Override
    public boolean carriesCaseData() {
        return false;
    }
}
