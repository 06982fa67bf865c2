package nl.reflectiewerkplaats.tensionfield;

import java.time.Clock;
import java.util.List;
import nl.reflectiewerkplaats.access.AccessPolicy;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.NotFoundException;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.live.ChangeKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/** Shared notes per spanningsveld of a case, kept across its meetings. */
@Service
public class FieldNoteService {

    private final FieldNoteRepository notes;
    private final AccessPolicy access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FieldNoteService(FieldNoteRepository notes, AccessPolicy access, ApplicationEventPublisher events, Clock clock) {
        this.notes = notes;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    public List<FieldNote> notes(Actor actor, String caseId, String fieldId) {
        access.check(actor, caseId, CaseAction.READ);
        return notes.findByCaseIdAndFieldIdOrderByCreatedAtAsc(caseId, fieldId);
    }

    public FieldNote add(Actor actor, String caseId, String fieldId, String meetingId, String text) {
        access.check(actor, caseId, CaseAction.CONTRIBUTE);
        String body = Texts.required(text, FieldNote.TEXT_MAX_LENGTH, "field.noteText");
        FieldNote saved = notes.save(new FieldNote(caseId, fieldId, meetingId, body, actor.id(), actor.displayName(),
                clock.instant()));
        events.publishEvent(new FieldNoteChanged(caseId, ChangeKind.ADDED, saved));
        return saved;
    }

    public void remove(Actor actor, String noteId) {
        FieldNote note = notes.findById(noteId).orElseThrow(() -> new NotFoundException("error.note.gone"));
        access.checkOwnOrModerate(actor, note.getCaseId(), note.getAuthorId());
        notes.delete(note);
        events.publishEvent(new FieldNoteChanged(note.getCaseId(), ChangeKind.REMOVED, note));
    }
}
