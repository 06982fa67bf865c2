package nl.reflectiewerkplaats.casework.ui;

import nl.reflectiewerkplaats.base.ui.Dates;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.ui.CurrentActor;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.casework.MeetingPaths;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.casework.MeetingService.Invitation;
import nl.reflectiewerkplaats.casework.Participant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.reflectiewerkplaats.base.UserFacingException;

/**
 * Where an invite link leads: enter a name and role or organisation, and join,
 * without an account. A browser that already joined goes straight on.
 */
@Route(MeetingPaths.JOIN_ROUTE)
@AnonymousAllowed
public class JoinView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingService meetings;
    private final CurrentActor currentActor;

    JoinView(MeetingService meetings, CurrentActor currentActor) {
        this.meetings = meetings;
        this.currentActor = currentActor;
        addClassName("rw-narrow-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        Optional<Invitation> invitation;
        try {
            invitation = meetings.findOpenInvitation(token);
        } catch (UserFacingException refused) {
            // unknown, closed, expired, or too many attempts: say which, plainly
            add(new H2(getTranslation("join.closed.title")),
                    new Paragraph(Messages.text(this, refused)));
            return;
        }
        if (invitation.isEmpty()) {
            add(new H2(getTranslation("join.closed.title")), new Paragraph(getTranslation("join.closed.text")));
            return;
        }
        Invitation inv = invitation.get();
        if (currentActor.facilitator().isPresent() || currentActor.joinedInThisSession(inv.meetingId()).isPresent()) {
            event.forwardTo(MeetingPaths.workspace(inv.meetingId()));
            return;
        }
        Optional<Actor.Participant> returning = currentActor.recognised(inv.meetingId());
        if (returning.isPresent()) {
            showWelcomeBack(token, inv, returning.get());
        } else {
            showForm(token, inv);
        }
    }

    /** This browser joined this meeting before (its person key): go on as that person, or say "dit ben ik niet". */
    private void showWelcomeBack(String token, Invitation inv, Actor.Participant returning) {
        removeAll();
        add(header(inv));
        add(new Paragraph(getTranslation("join.welcomeBack", returning.displayName())));
        Button goOn = new Button(getTranslation("join.goOnAs", returning.displayName()), e -> {
            currentActor.rememberParticipant(returning);
            getUI().ifPresent(ui -> ui.navigate(MeetingPaths.workspace(inv.meetingId())));
        });
        goOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button notMe = notMeButton(token, inv);
        add(new HorizontalLayout(goOn, notMe));
        goOn.focus();
    }

    private Button notMeButton(String token, Invitation inv) {
        Button notMe = new Button(getTranslation("join.notMe"), e -> {
            currentActor.forgetPerson();
            showForm(token, inv);
        });
        notMe.addClassName("rw-not-me");
        return notMe;
    }

    private Component[] header(Invitation inv) {
        Span caseName = new Span(getTranslation("join.case", inv.casePseudonym()));
        caseName.addClassName("rw-muted");
        H2 title = new H2(getTranslation("join.title", inv.meetingTitle()));
        Paragraph date = new Paragraph(Dates.format(inv.date()));
        date.addClassName("rw-muted");
        return new Component[] {caseName, title, date};
    }

    private void showForm(String token, Invitation inv) {
        removeAll();
        add(header(inv));
        Paragraph intro = new Paragraph(getTranslation(inv.watcher() ? "join.introWatcher" : "join.intro"));

        TextField name = new TextField(getTranslation("field.displayName"));
        name.setMaxLength(Participant.NAME_MAX_LENGTH);
        name.setRequired(true);
        name.setWidthFull();
        name.setHelperText(getTranslation("join.nameHelp"));
        TextField role = new TextField(getTranslation("field.roleOrOrganisation"));
        role.setMaxLength(Participant.ROLE_MAX_LENGTH);
        role.setRequired(true);
        role.setWidthFull();
        role.setPlaceholder(getTranslation("join.rolePlaceholder"));
        RadioButtonGroup<Boolean> as = new RadioButtonGroup<>(
                getTranslation("join.as"));
        as.setItems(false, true);
        as.setItemLabelGenerator(b -> getTranslation(b ? "join.asBestuurder" : "join.asProfessional"));
        as.setValue(false);
        as.setVisible(inv.network() && !inv.watcher());
        Button join = new Button(getTranslation("join.submit"), e -> {
            Messages.attempt(this, () -> meetings.join(token, name.getValue(), role.getValue(),
                    currentActor.personKey().orElse(null), inv.network() && Boolean.TRUE.equals(as.getValue())), joined -> {
                currentActor.rememberParticipant(joined.asActor());
                getUI().ifPresent(ui -> ui.navigate(MeetingPaths.workspace(joined.getMeetingId())));
            });
        });
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        join.addClickShortcut(Key.ENTER);
        add(intro, name, role, as, join);
        if (currentActor.holdsEarlierPerson()) {
            // a shared device: whoever joined here before is not necessarily this person
            Paragraph earlier = new Paragraph(getTranslation("join.earlierOnDevice"));
            earlier.addClassName("rw-muted");
            add(new HorizontalLayout(
                    FlexComponent.Alignment.BASELINE, earlier, notMeButton(token, inv)));
        }
        name.focus();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.pageTitle") + " · " + getTranslation("app.name");
    }
}
