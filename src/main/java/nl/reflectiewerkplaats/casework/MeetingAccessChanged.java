package nl.reflectiewerkplaats.casework;

import nl.reflectiewerkplaats.live.CaseEvent;

/** A meeting was closed or reopened, or got a new link. Tells open views, carries no case data. */
public record MeetingAccessChanged(String caseId, String meetingId, boolean open) implements CaseEvent {

    @Override
    public boolean carriesCaseData() {
        return false;
    }

    @Override
    public boolean changesAccess() {
        return true;
    }
}
