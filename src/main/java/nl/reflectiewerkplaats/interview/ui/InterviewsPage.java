package nl.reflectiewerkplaats.interview.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.ui.CurrentActor;
import nl.reflectiewerkplaats.base.ui.MainLayout;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.ui.InstrumentCasePage;
import nl.reflectiewerkplaats.instrument.ui.CasePageLink;
import nl.reflectiewerkplaats.interview.Interview;
import nl.reflectiewerkplaats.interview.InterviewService;

/**
 * The reflective interviews of a case (werkkaart 2): one guide per person with the
 * preparation, consent to record, the card's questions along the timeline with a
 * note each (and one action to put a noted answer on the timeline), and the
 * feedback afterwards.
 */
@Route(value = "casussen/:" + CasePageLink.CASE_ID + "/gesprekken", layout = MainLayout.class)
@RolesAllowed(AccountService.ROLE_FACILITATOR)
public class InterviewsPage extends InstrumentCasePage {

    private final InterviewService service;
    private final Div list = new Div();
    private Actor actor;
    private Case theCase;
    private InterviewEditor editor;

    InterviewsPage(CaseService cases, InterviewService service, CurrentActor currentActor) {
        super(cases, currentActor, "interview.page.title");
        this.service = service;
    }

    @Override
    protected Component content(Actor actor, Case theCase) {
        this.actor = actor;
        this.theCase = theCase;
        this.editor = new InterviewEditor(service, actor, this::refreshList);
        Anchor toTimeline = new Anchor("casussen/" + theCase.getId() + "/tijdlijn", getTranslation("interview.toTimeline"));
        Paragraph intro = new Paragraph(getTranslation("interview.intro"));
        intro.addClassName("rw-intro");
        Paragraph source = new Paragraph(getTranslation("interview.sourceRef"));
        source.addClassName("rw-source");

        TextField person = new TextField(getTranslation("interview.field.person"));
        person.setPlaceholder(getTranslation("interview.field.personPlaceholder"));
        person.setMaxLength(Interview.PERSON_MAX_LENGTH);
        Button create = new Button(getTranslation("interview.new"), VaadinIcon.PLUS.create(), e -> {
            Messages.attempt(this, () -> service.create(actor, theCase.getId(), person.getValue()), made -> {
                person.clear();
                refreshList();
                editor.show(made);
            });
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div newRow = new Div(person, create);
        newRow.addClassName("rw-interview-new");
        list.addClassName("rw-interview-list");
        refreshList();
        List<Interview> all = service.interviews(actor, theCase.getId());
        if (!all.isEmpty()) {
            editor.show(all.get(0));
        }
        return new Div(intro, toTimeline, newRow, list, editor, source);
    }

    private void refreshList() {
        list.removeAll();
        for (Interview i : service.interviews(actor, theCase.getId())) {
            Button open = new Button(getTranslation("interview.with", i.getPerson()), e -> editor.show(service.get(actor, i.getId())));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            list.add(open);
        }
    }
}
