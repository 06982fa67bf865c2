package nl.reflectiewerkplaats.notes.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.Map;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.ui.Drafts;
import nl.reflectiewerkplaats.base.ui.Inputs;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.instrument.SessionContext;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ChangeKind;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import nl.reflectiewerkplaats.notes.SharedNote;
import nl.reflectiewerkplaats.notes.SharedNoteChanged;
import nl.reflectiewerkplaats.notes.SharedNoteService;

/** Shared notes on one topic, live for everyone; the title says what the notes are for. */
public class SharedNotes extends Div {

    private final SharedNoteService service;
    private final Actor actor;
    private final boolean moderator;
    private final String meetingId;
    private final Div list = new Div();
    private final Map<String, Div> shown = new HashMap<>();
    private final Span empty = new Span();

    /** Notes on a topic of the meeting this view is in. */
    public SharedNotes(SharedNoteService service, CaseBroadcaster broadcaster, SessionContext context, String topic,
                       String title) {
        this(service, broadcaster, context.actor(), context.caseId(), topic, context.meetingId(), context.moderator(),
                title);
    }

    public SharedNotes(SharedNoteService service, CaseBroadcaster broadcaster, Actor actor, String caseId, String topic,
                       String meetingId, boolean moderator, String title) {
        this.service = service;
        this.actor = actor;
        this.moderator = moderator;
        this.meetingId = meetingId;
        addClassName("rw-field-notes");
        Span heading = new Span(title);
        heading.addClassName("rw-field-notes-title");
        empty.setText(getTranslation("field.notes.empty"));
        empty.addClassName("rw-muted");
        list.addClassName("rw-card-list");
        TextArea input = new TextArea();
        input.setPlaceholder(getTranslation("field.notes.placeholder"));
        input.setAriaLabel(title);
        input.setMaxLength(SharedNote.TEXT_MAX_LENGTH);
        input.setWidthFull();
        // kept in the tab: a note being typed survives a reload and a panel drawn again (a reveal)
        Drafts.keep(input, "notities:" + caseId + ":" + topic);
        Button add = new Button(getTranslation("field.notes.add"), VaadinIcon.PLUS.create(), e -> {
            String text = input.getValue();
            Messages.attempt(this, () -> service.add(actor, caseId, topic, meetingId, text), saved -> {
                Inputs.clearAfterAdd(input, text);
                show(saved);
            });
        });
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(input);
        Div addRow = new Div(input, add);
        addRow.addClassName("rw-add-row");
        add(heading, list, empty, addRow);
        LiveUpdates.bind(this, broadcaster, caseId, actor, SharedNoteChanged.class, e -> {
            if (!topic.equals(e.note().topic())) {
                return;
            }
            if (e.kind() == ChangeKind.REMOVED) {
                hide(e.note().id());
            } else {
                show(e.note());
            }
        });
        addAttachListener(e -> {
            list.removeAll();
            shown.clear();
            service.notes(actor, caseId, topic).forEach(this::show);
            updateEmpty();
        });
    }

    private void show(SharedNote note) {
        if (shown.containsKey(note.id())) {
            return;
        }
        Paragraph text = new Paragraph(note.text());
        text.addClassName("rw-answer-text");
        Span meta = new Span(note.authorName());
        meta.addClassName("rw-answer-meta");
        Div card = new Div(text, meta);
        card.addClassName("rw-answer-card");
        if (moderator || actor.id().equals(note.authorId())) {
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                Messages.attemptThen(this, () -> service.remove(actor, note.id()), () -> {
                    hide(note.id());
                });
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("action.remove"));
            Div actions = new Div(remove);
            actions.addClassName("rw-answer-actions");
            if (moderator && meetingId != null && service.canSpotlight()) {
                Button light = new Button(VaadinIcon.LIGHTBULB.create(),
                        e -> Messages.attempt(this, () -> service.spotlight(actor, note.id(), meetingId)));
                light.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                light.setAriaLabel(getTranslation("dream.spotlight"));
                light.setTooltipText(getTranslation("dream.spotlight"));
                actions.addComponentAsFirst(light);
            }
            card.add(actions);
        }
        shown.put(note.id(), card);
        list.add(card);
        updateEmpty();
    }

    private void hide(String noteId) {
        Div card = shown.remove(noteId);
        if (card != null) {
            list.remove(card);
        }
        updateEmpty();
    }

    private void updateEmpty() {
        empty.setVisible(shown.isEmpty());
    }
}
