package nl.reflectiewerkplaats.dream.ui;

import nl.reflectiewerkplaats.base.ui.Confirm;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.cards.DreamQuestions;
import nl.reflectiewerkplaats.dream.DreamBoardService;
import nl.reflectiewerkplaats.dream.DreamCard;
import nl.reflectiewerkplaats.dream.DreamCardChanged;
import nl.reflectiewerkplaats.dream.DreamCardView;
import nl.reflectiewerkplaats.dream.DreamQuestion;
import nl.reflectiewerkplaats.dream.DreamQuestion.Audience;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import nl.reflectiewerkplaats.base.NotFoundException;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.base.UserFacingException;
import nl.reflectiewerkplaats.base.ui.Drafts;
import nl.reflectiewerkplaats.base.ui.Fresh;
import nl.reflectiewerkplaats.base.ui.Inputs;

/**
 * The board of "Vragen naar de droom": each question with its answer cards. Anyone
 * in the session adds cards; authors change or remove their own, the facilitator
 * any. Changes by others arrive live and touch only the card that changed.
 */
public class DreamBoard extends Div {

    private final DreamBoardService service;
    private final Actor actor;
    private final String caseId;
    private final String meetingId;
    private final boolean moderator;
    private final Map<DreamQuestion, QuestionColumn> columns = new HashMap<>();
    private final Map<String, CardItem> cards = new HashMap<>();

    private final SerializableConsumer<String> spotlight;

    /**
     * @param spotlight lights a card up for everyone (the facilitator's "kijk hier"), or null
     */
    public DreamBoard(DreamBoardService service, CardCatalog catalog, CaseBroadcaster broadcaster, Actor actor,
                      String caseId, String meetingId, boolean moderator,
                      SerializableConsumer<String> spotlight) {
        this.spotlight = spotlight;
        this.service = service;
        this.actor = actor;
        this.caseId = caseId;
        this.meetingId = meetingId;
        this.moderator = moderator;
        addClassName("rw-dream-board");

        DreamQuestions questions = catalog.dreamQuestions();
        H3 title = new H3(questions.title());
        Paragraph intro = new Paragraph(questions.intro());
        intro.addClassName("rw-intro");
        Paragraph source = new Paragraph(getTranslation("cards.source", questions.source().publication(),
                questions.source().section()));
        source.addClassName("rw-source");
        add(title, intro,
                section(getTranslation("dream.child"), Audience.CHILD, questions.childQuestions()),
                section(getTranslation("dream.professional"), Audience.PROFESSIONAL, questions.professionalQuestions()),
                source);

        LiveUpdates.bind(this, broadcaster, caseId, actor, DreamCardChanged.class, this::apply);
        // (re)load on every attach: a hidden tab is detached and misses live changes meanwhile
        addAttachListener(e -> resync());
    }

    /** Brings the board in line with the store without disturbing an open editor. */
    private void resync() {
        List<DreamCard> stored = service.listCards(actor, caseId);
        Set<String> ids = new HashSet<>();
        for (DreamCard card : stored) {
            ids.add(card.getId());
            show(card.view());
        }
        for (String id : List.copyOf(cards.keySet())) {
            if (!ids.contains(id)) {
                CardItem gone = cards.remove(id);
                gone.removedElsewhere();
            }
        }
    }

    private Div section(String heading, Audience audience, List<String> questions) {
        Div section = new Div();
        section.addClassName("rw-dream-section");
        H4 h = new H4(heading);
        Div grid = new Div();
        grid.addClassName("rw-question-grid");
        for (int i = 0; i < questions.size(); i++) {
            DreamQuestion q = new DreamQuestion(audience, i);
            QuestionColumn column = new QuestionColumn(q, questions.get(i));
            columns.put(q, column);
            grid.add(column);
        }
        section.add(h, grid);
        return section;
    }

    /** Applies one change from the live path. */
    private void apply(DreamCardChanged event) {
        DreamCardView card = event.card();
        switch (event.kind()) {
            case ADDED -> {
                boolean isNew = !cards.containsKey(card.id());
                show(card);
                CardItem view = cards.get(card.id());
                if (isNew && view != null && !actor.id().equals(card.authorId())) {
                    Fresh.mark(view);
                }
            }
            case UPDATED -> show(card);
            case REMOVED -> {
                CardItem view = cards.remove(card.id());
                if (view != null) {
                    view.removedElsewhere();
                }
            }
        }
    }

    /** Shows the card, or brings its view up to date; an older version never replaces a newer one. */
    private void show(DreamCardView card) {
        CardItem existing = cards.get(card.id());
        if (existing != null) {
            existing.update(card);
            return;
        }
        QuestionColumn column = columns.get(card.question());
        if (column == null) {
            return;
        }
        CardItem view = new CardItem(card);
        cards.put(card.id(), view);
        column.cardList.add(view);
        column.updateEmpty();
    }

    boolean mayChange(DreamCardView card) {
        return moderator || actor.id().equals(card.authorId());
    }

    /** One question with its cards and an add field. */
    private final class QuestionColumn extends Div {
        private final Div cardList = new Div();
        private final Span empty = new Span(getTranslation("dream.noAnswers"));
        private final TextArea input = new TextArea();

        QuestionColumn(DreamQuestion question, String text) {
            addClassName("rw-question");
            Paragraph q = new Paragraph(text);
            q.addClassName("rw-question-text");
            cardList.addClassName("rw-card-list");
            empty.addClassName("rw-muted");
            input.setPlaceholder(getTranslation("dream.answerPlaceholder"));
            input.setMaxLength(DreamCard.TEXT_MAX_LENGTH);
            input.setWidthFull();
            input.setAriaLabel(getTranslation("dream.answerLabel", text));
            input.setValueChangeMode(ValueChangeMode.EAGER);
            // what is being typed survives a reload after a long outage or a restart of the app
            Drafts.keep(input, "dream:" + meetingId + ":" + question.audience() + ":" + question.index());
            Button add = new Button(getTranslation("dream.add"), VaadinIcon.PLUS.create(), e -> {
                String answer = input.getValue();
                Messages.attempt(this, () -> service.addCard(actor, caseId, meetingId, question, answer), saved -> {
                    Inputs.clearAfterAdd(input, answer);
                    show(saved.view());
                });
            });
            add.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(input);
            add.setTooltipText(getTranslation("dream.addHint"));
            Div addRow = new Div(input, add);
            addRow.addClassName("rw-add-row");
            add(q, cardList, empty, addRow);
        }

        void updateEmpty() {
            empty.setVisible(cardList.getComponentCount() == 0);
        }
    }

    /** One card, with its own edit mode. */
    private final class CardItem extends Div {
        private DreamCardView card;
        private final Paragraph text = new Paragraph();
        private final Span meta = new Span();
        /**
         * The card's buttons; made only when this person has any (most participants see
         * other people's cards without buttons: one element and state node less per card,
         * in every open view).
         */
        private @Nullable Div actions;
        private TextArea editor;
        private long editBaseVersion;

        CardItem(DreamCardView card) {
            addClassName("rw-answer-card");
            getElement().setAttribute("data-card-id", card.id());
            text.addClassName("rw-answer-text");
            meta.addClassName("rw-answer-meta");
            add(text, meta);
            render(card);
        }

        void update(DreamCardView newer) {
            if (newer.version() < card.version()) {
                return;
            }
            if (editor != null) {
                card = newer;
                meta.setText(getTranslation("dream.changedWhileEditing", newer.authorName()));
                return;
            }
            render(newer);
        }

        private void render(DreamCardView c) {
            this.card = c;
            text.setText(c.text());
            meta.setText(c.authorName() + (c.edited() ? " · " + getTranslation("dream.edited") : ""));
            if (actions != null) {
                actions.removeAll();
            }
            if (mayChange(c)) {
                Button edit = new Button(VaadinIcon.EDIT.create(), e -> startEditing());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                edit.setAriaLabel(getTranslation("action.edit"));
                edit.setTooltipText(getTranslation("action.edit"));
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove());
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                remove.setAriaLabel(getTranslation("action.remove"));
                remove.setTooltipText(getTranslation("action.remove"));
                actions().add(edit, remove);
            }
            if (spotlight != null) {
                Button light = new Button(VaadinIcon.LIGHTBULB.create(), e -> spotlight.accept(card.text()));
                light.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                light.setAriaLabel(getTranslation("dream.spotlight"));
                light.setTooltipText(getTranslation("dream.spotlight"));
                actions().addComponentAsFirst(light);
            }
            if (actions != null && actions.getComponentCount() == 0) {
                remove(actions);
                actions = null;
            }
        }

        private Div actions() {
            if (actions == null) {
                actions = new Div();
                actions.addClassName("rw-answer-actions");
                add(actions);
            }
            return actions;
        }

        private void startEditing() {
            editBaseVersion = card.version();
            editor = new TextArea();
            editor.setValue(card.text());
            editor.setMaxLength(DreamCard.TEXT_MAX_LENGTH);
            editor.setWidthFull();
            editor.setAriaLabel(getTranslation("action.edit"));
            Button save = new Button(getTranslation("action.save"), e -> save(editBaseVersion));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(editor);
            Button cancel = new Button(getTranslation("action.cancel"), e -> stopEditing());
            cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
            text.setVisible(false);
            actions().removeAll();
            actions().add(save, cancel);
            addComponentAtIndex(0, editor);
            editor.focus();
        }

        private void save(long baseVersion) {
            String typed = editor.getValue();
            try {
                DreamCard saved = service.editCard(actor, card.id(), baseVersion, typed);
                stopEditing();
                render(saved.view());
            } catch (StaleEditException stale) {
                DreamCardView current = stale.<DreamCard>current().view();
                card = current;
                new StaleEditDialog(Messages.text(this, stale), current.text(), typed,
                        () -> save(current.version()), this::stopEditing).open();
            } catch (NotFoundException gone) {
                Messages.showError(this, gone);
                keepTypedTextAfterRemoval(typed);
            } catch (UserFacingException other) {
                Messages.showError(this, other);
            }
        }

        private void stopEditing() {
            if (editor != null) {
                remove(editor);
                editor = null;
            }
            text.setVisible(true);
            render(card);
        }

        private void confirmRemove() {
            Confirm.removal(this, getTranslation("dream.removeTitle"), getTranslation("dream.removeText"), () ->
                    Messages.attemptThen(this, () -> service.removeCard(actor, card.id()), () -> {
                        cards.remove(card.id());
                        detachFromColumn();
                    }));
        }

        /**
         * Someone else removed this card. If it was being edited, the typed text is kept: as
         * the browser has it (the editor sends its text on leaving the field, so the server
         * may not have the last words yet), or else as last sent.
         */
        void removedElsewhere() {
            if (editor != null) {
                Messages.showError(getTranslation("error.card.gone"));
                TextArea typing = editor;
                typing.getElement().executeJs("return this.value").then(String.class,
                        inBrowser -> keepTypedTextAfterRemoval(inBrowser != null ? inBrowser : typing.getValue()),
                        failed -> keepTypedTextAfterRemoval(typing.getValue()));
            } else {
                detachFromColumn();
            }
        }

        private void keepTypedTextAfterRemoval(String typed) {
            QuestionColumn column = columns.get(card.question());
            cards.remove(card.id());
            detachFromColumn();
            if (column != null && column.input.getValue().isBlank()) {
                column.input.setValue(typed);
                column.input.focus();
            }
        }

        private void detachFromColumn() {
            getParent().ifPresent(parent -> ((Div) parent).remove(this));
            QuestionColumn column = columns.get(card.question());
            if (column != null) {
                column.updateEmpty();
            }
        }
    }
}
