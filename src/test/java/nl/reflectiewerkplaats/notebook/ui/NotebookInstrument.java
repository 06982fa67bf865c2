package nl.reflectiewerkplaats.notebook.ui;

import nl.reflectiewerkplaats.instrument.ui.WorkspaceInstrument;
import nl.reflectiewerkplaats.instrument.SessionContext;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.notes.ui.SharedNotes;
import org.springframework.boot.test.context.TestComponent;

/**
 * An example instrument, as a new module ("notebook") would add one: this class is all
 * it registers, and nothing else in the product changes. It is a {@code @TestComponent}
 * only so that the other tests' contexts do not pick it up; a real one is a
 * {@code @Component} (usually extending {@code InstrumentTab}) and adds its name as
 * {@code instrument.<id>} to the messages. This one borrows an existing message key.
 */
@TestComponent
public class NotebookInstrument implements WorkspaceInstrument {

    public static final String ID = "TEST-NOTE";
    public static final String TOPIC_PREFIX = "notitieblok:";

    private final SharedNoteService notes;
    private final CaseBroadcaster broadcaster;

    NotebookInstrument(SharedNoteService notes, CaseBroadcaster broadcaster) {
        this.notes = notes;
        this.broadcaster = broadcaster;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String labelKey() {
        return "field.notes";
    }

    @Override
    public int order() {
        return 75;
    }

    @Override
    public boolean ownsTopic(String topic) {
        return topic.startsWith(TOPIC_PREFIX);
    }

    @Override
    public SharedNotes create(SessionContext c) {
        return new SharedNotes(notes, broadcaster, c.actor(), c.caseId(), TOPIC_PREFIX + "blad", c.meetingId(),
                c.moderator(), "Notitieblok");
    }
}
