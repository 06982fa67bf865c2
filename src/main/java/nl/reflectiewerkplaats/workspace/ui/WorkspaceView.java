package nl.reflectiewerkplaats.workspace.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.ui.CurrentActor;
import nl.reflectiewerkplaats.casework.MeetingAccessChanged;
import nl.reflectiewerkplaats.casework.MeetingPaths;
import nl.reflectiewerkplaats.facilitation.Agenda;
import nl.reflectiewerkplaats.facilitation.AgendaChanged;
import nl.reflectiewerkplaats.facilitation.FacilitationService;
import nl.reflectiewerkplaats.facilitation.ui.AgendaBar;
import nl.reflectiewerkplaats.instrument.InstrumentKind;
import nl.reflectiewerkplaats.instrument.Instruments;
import nl.reflectiewerkplaats.instrument.SessionContext;
import nl.reflectiewerkplaats.instrument.ui.WorkspaceInstrument;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.Presence;
import nl.reflectiewerkplaats.live.PresenceRegistry;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import nl.reflectiewerkplaats.live.ui.PresenceList;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundChanged;

/**
 * The session view (werkruimte) of one leerbijeenkomst: case and meeting in the
 * header, who is here, the agenda and the instruments, all live. Facilitators and
 * participants use the same view; the service calls decide what each may do. The
 * instruments are the ones the modules registered ({@link WorkspaceInstrument}); this
 * view knows none of them by name.
 */
@Route(MeetingPaths.WORKSPACE_ROUTE)
@AnonymousAllowed
public class WorkspaceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CurrentActor currentActor;
    private final WorkspaceMeetings meetings;
    private final Instruments instruments;
    private final FacilitationService facilitation;
    private final CaseBroadcaster broadcaster;
    private final PresenceRegistry presence;
    private String pageTitle = "";

    WorkspaceView(CurrentActor currentActor, WorkspaceMeetings meetings, Instruments instruments,
                  FacilitationService facilitation, CaseBroadcaster broadcaster, PresenceRegistry presence) {
        this.currentActor = currentActor;
        this.meetings = meetings;
        this.instruments = instruments;
        this.facilitation = facilitation;
        this.broadcaster = broadcaster;
        this.presence = presence;
        addClassName("rw-workspace");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String meetingId = event.getRouteParameters().get("meetingId").orElse("");
        removeAll();
        Optional<Actor> maybeActor = currentActor.forMeeting(meetingId);
        if (maybeActor.isEmpty()) {
            if (currentActor.returnAfterLoginIfFacilitatorWasIn(meetingId, MeetingPaths.workspace(meetingId))) {
                // this browser's facilitator lost their login (restart, time-out): log in, then back here
                event.forwardTo("login");
                return;
            }
            showMessage(getTranslation("workspace.notJoined.title"), getTranslation("workspace.notJoined.text"));
            return;
        }
        WorkspaceMeetings.Session session = meetings.open(maybeActor.get(), meetingId);
        SessionContext context = session.context();
        pageTitle = context.casePseudonym() + " · " + session.meeting().getTitle();
        Actor actor = context.actor();
        Presence me = new Presence(actor.id(), actor.displayName(), roleOf(actor), context.moderator());
        PresenceList presenceList = new PresenceList(presence, broadcaster, context.caseId(), meetingId, actor, me);
        // a watcher reads along: the places to type or place are not shown (the access check refuses them anyway)
        setClassName("rw-watching", actor.watcher());
        Div body = new Div(main(session), presenceList);
        body.addClassName("rw-workspace-body");
        add(new WorkspaceHeader(session, currentActor, meetings), body);
        if (actor instanceof Actor.Participant) {
            LiveUpdates.bind(this, broadcaster, context.caseId(), actor, MeetingAccessChanged.class, changed -> {
                if (changed.meetingId().equals(meetingId) && !changed.open()) {
                    removeAll();
                    showMessage(getTranslation("workspace.closed.title"), getTranslation("workspace.closed.text"));
                }
            });
        }
    }

    /** The case question, the agenda and the instruments, following the group. */
    private Main main(WorkspaceMeetings.Session session) {
        SessionContext context = session.context();
        Main main = new Main();
        main.addClassName("rw-workspace-main");
        if (!session.theCase().getQuestion().isBlank()) {
            Span label = new Span(getTranslation("workspace.question"));
            label.addClassName("rw-label");
            Div question = new Div(label, new Paragraph(session.theCase().getQuestion()));
            question.addClassName("rw-case-question-box");
            main.add(question);
        }
        // each instrument is built when its tab is first shown, not for every view up front
        InstrumentTabs tabs = new InstrumentTabs(instruments.all(WorkspaceInstrument.class), context,
                onAgenda(facilitation.agenda(context.actor(), context.caseId(), context.meetingId())));
        LiveUpdates.bind(tabs, broadcaster, context.caseId(), context.actor(), AgendaChanged.class, changed -> {
            if (context.meetingId().equals(changed.agenda().getMeetingId())) {
                tabs.showAgenda(onAgenda(changed.agenda()));
            }
        });
        AgendaBar agendaBar = new AgendaBar(facilitation, broadcaster, context, tabs,
                silence -> setClassName("rw-silence", silence),
                () -> presence.present(context.meetingId()));
        tabs.addSelectedChangeListener(e -> agendaBar.refreshReturn());
        Div silenceNote = new Div(new Span(getTranslation("agenda.silenceNote")));
        silenceNote.addClassName("rw-silence-note");
        main.add(agendaBar, silenceNote, tabs, tabs.panels());
        if (!context.moderator()) {
            followRounds(context, tabs);
        }
        return main;
    }

    /** When whoever leads opens a round, a participant is taken to the instrument it belongs to. */
    private void followRounds(SessionContext context, InstrumentTabs tabs) {
        LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), RoundChanged.class, changed -> {
            Round round = changed.round();
            if (round.getMeetingId().equals(context.meetingId()) && round.getPhase() == Round.Phase.ANSWERING) {
                instruments.forTopic(round.getTopic()).map(InstrumentKind::id).ifPresent(tabs::open);
            }
        });
    }

    private static List<String> onAgenda(Agenda agenda) {
        return agenda.getSteps().stream().map(Agenda.Step::instrument).filter(Objects::nonNull).distinct().toList();
    }

    private String roleOf(Actor actor) {
        if (actor instanceof Actor.Participant) {
            String role = meetings.roleOf(actor);
            return actor.watcher() ? role + " · " + getTranslation("presence.watcher") : role;
        }
        return getTranslation("presence.facilitator");
    }

    private void showMessage(String title, String text) {
        Div box = new Div(new H2(title), new Paragraph(text));
        box.addClassName("rw-message-page");
        add(box);
    }

    @Override
    public String getPageTitle() {
        return (pageTitle.isEmpty() ? "" : pageTitle + " · ") + getTranslation("app.name");
    }
}
