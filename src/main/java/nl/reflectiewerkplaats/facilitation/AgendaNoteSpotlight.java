package nl.reflectiewerkplaats.facilitation;

import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.notes.NoteSpotlight;
import org.springframework.stereotype.Component;

/** A shared note lit up by the facilitator shows in the agenda bar's "Kijk hier" for everyone. */
@Component
class AgendaNoteSpotlight implements NoteSpotlight {

    private final FacilitationService facilitation;

    AgendaNoteSpotlight(FacilitationService facilitation) {
        this.facilitation = facilitation;
    }

    @Override
    public void spotlight(Actor actor, String caseId, String meetingId, String text) {
        facilitation.spotlight(actor, caseId, meetingId, text.length() > 600 ? text.substring(0, 599) + "…" : text);
    }
}
