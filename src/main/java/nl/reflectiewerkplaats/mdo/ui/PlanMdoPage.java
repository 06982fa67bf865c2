package nl.reflectiewerkplaats.mdo.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.ui.CurrentActor;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.base.ui.Dates;
import nl.reflectiewerkplaats.base.ui.MainLayout;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.ui.InstrumentCasePage;
import nl.reflectiewerkplaats.instrument.ui.CasePageLink;
import nl.reflectiewerkplaats.mdo.MdoGuide;
import nl.reflectiewerkplaats.mdo.MdoService;

/** Plans a meeting of the case as an MDO: title and date; its agenda is the six steps. */
@Route(value = "casussen/:" + CasePageLink.CASE_ID + "/mdo", layout = MainLayout.class)
@RolesAllowed(AccountService.ROLE_FACILITATOR)
public class PlanMdoPage extends InstrumentCasePage {

    private final MdoService mdo;
    private final MdoGuide guide;

    PlanMdoPage(CaseService cases, MdoService mdo, MdoGuide guide, CurrentActor currentActor) {
        super(cases, currentActor, "mdo.plan.title");
        this.mdo = mdo;
        this.guide = guide;
    }

    @Override
    protected Component content(Actor actor, Case theCase) {
        Paragraph intro = new Paragraph(guide.intro());
        intro.addClassName("rw-intro");
        OrderedList steps = new OrderedList();
        guide.steps().forEach(s -> steps.add(new ListItem(s.title() + ": " + s.question())));
        TextField name = new TextField(getTranslation("field.meetingTitle"));
        name.setMaxLength(Meeting.TITLE_MAX_LENGTH);
        name.setValue(getTranslation("mdo.plan.defaultTitle"));
        DatePicker date = Dates.dutch(new DatePicker(getTranslation("field.meetingDate"), DutchTime.today()));
        Button plan = new Button(getTranslation("mdo.plan.button"), e -> Messages.attempt(this,
                () -> mdo.planMdo(actor, theCase.getId(), name.getValue(), date.getValue()),
                meeting -> getUI().ifPresent(ui -> ui.navigate("bijeenkomst/" + meeting.getId()))));
        plan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(name, date, plan);
        form.addClassName("rw-role-form");
        Paragraph source = new Paragraph(getTranslation("cards.source", guide.source().publication(),
                guide.source().section()));
        source.addClassName("rw-source");
        return new Div(intro, steps, form, source);
    }
}
