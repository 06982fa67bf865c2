package nl.reflectiewerkplaats.notes;

import java.util.List;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.Addition;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.Stored;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.live.CaseSupport;
import nl.reflectiewerkplaats.live.ChangeKind;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Shared notes per topic of a case, kept across its meetings; any instrument can use them. */
@Service
@RequiredArgsConstructor
public class SharedNoteService {

    private final SharedNoteRepository notes;
    private final CaseSupport support;

    private final ObjectProvider<NoteSpotlight> spotlight;

    public List<SharedNote> notes(Actor actor, String caseId, String topic) {
        support.access().check(actor, caseId, CaseAction.READ);
        return notes.findByCaseIdAndTopicOrderByCreatedAtAsc(caseId, topic);
    }

    @Addition
    public SharedNote add(Actor actor, String caseId, String topic, String meetingId, String text) {
        support.access().check(actor, caseId, CaseAction.CONTRIBUTE);
        Texts.topic(topic);
        String body = Texts.required(text, SharedNote.TEXT_MAX_LENGTH, "field.noteText");
        SharedNote saved = notes.save(new SharedNote(null, caseId, topic, meetingId, body, actor.id(), actor.displayName(),
                support.now()));
        support.publish(new SharedNoteChanged(caseId, ChangeKind.ADDED, saved));
        return saved;
    }

    public void remove(Actor actor, String noteId) {
        SharedNote note = Stored.get(notes, noteId, "error.note.gone");
        support.access().checkOwnOrModerate(actor, note.caseId(), note.authorId());
        notes.delete(note);
        support.publish(new SharedNoteChanged(note.caseId(), ChangeKind.REMOVED, note));
    }

    /** Whether notes can be lit up for everyone here (a meeting-leading module is present). */
    public boolean canSpotlight() {
        return spotlight.getIfAvailable() != null;
    }

    /** The facilitator lights a note up for everyone in the meeting ("kijk hier"). */
    public void spotlight(Actor actor, String noteId, String meetingId) {
        SharedNote note = Stored.get(notes, noteId, "error.note.gone");
        support.access().check(actor, note.caseId(), CaseAction.MODERATE, noteId);
        NoteSpotlight light = spotlight.getIfAvailable();
        if (light != null) {
            light.spotlight(actor, note.caseId(), meetingId, note.text());
        }
    }
}
