package nl.reflectiewerkplaats.notes;

import nl.reflectiewerkplaats.access.Actor;

/**
 * Lights a text up for everyone in a meeting (the facilitator's "kijk hier").
 * Implemented by the module that leads meetings, so that notes depend on none.
 */
public interface NoteSpotlight {

    void spotlight(Actor actor, String caseId, String meetingId, String text);
}
