package nl.reflectiewerkplaats.facilitation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.cards.QuestionGroup;
import nl.reflectiewerkplaats.cards.Werkkaart;
import nl.reflectiewerkplaats.facilitation.FacilitationService;
import nl.reflectiewerkplaats.facilitation.Preparation;

/**
 * Werkkaart 1 for the facilitator alone: the card's preparation questions, the
 * learning question of this meeting and private notes. Never shown to participants;
 * the session view adds this panel only for those who lead.
 */
public class PreparationPanel extends Div {

    public PreparationPanel(FacilitationService service, CardCatalog catalog, Actor actor, String caseId, String meetingId) {
        addClassName("rw-preparation");
        Preparation prep = service.preparation(actor, caseId, meetingId);
        Span kicker = new Span(getTranslation("cards.werkkaartNumber", 1));
        kicker.addClassName("rw-kicker");
        Paragraph privacy = new Paragraph(getTranslation("prep.private"));
        privacy.addClassName("rw-privacy-note");
        TextField question = new TextField(getTranslation("field.learningQuestion"));
        question.setMaxLength(500);
        question.setWidthFull();
        question.setValue(prep.getLearningQuestion());
        TextArea notes = new TextArea(getTranslation("field.prepNotes"));
        notes.setMaxLength(Preparation.TEXT_MAX_LENGTH);
        notes.setWidthFull();
        notes.setMinHeight("10em");
        notes.setValue(prep.getNotes());
        Button save = new Button(getTranslation("action.save"), e -> {
            Messages.attemptThen(this, () -> service.writePreparation(actor, caseId, meetingId, question.getValue(),
                    notes.getValue()), () -> {
                Messages.showSuccess(getTranslation("prep.saved"));
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div card = new Div();
        card.addClassName("rw-field-questions");
        catalog.werkkaart("facilitator").ifPresent(w -> fill(card, w));
        add(kicker, new H3(getTranslation("prep.title")), privacy, question, notes, save, card);
    }

    private void fill(Div card, Werkkaart w) {
        card.add(new Span(w.title()));
        for (QuestionGroup group : w.questions()) {
            Span heading = new Span(group.heading());
            heading.addClassName("rw-label");
            UnorderedList list = new UnorderedList();
            group.items().forEach(i -> list.add(new ListItem(i)));
            card.add(new Div(heading, list));
        }
        Paragraph source = new Paragraph(getTranslation("cards.source", w.source().publication(), w.source().section()));
        source.addClassName("rw-source");
        card.add(source);
    }
}
