package nl.reflectiewerkplaats.workspace.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import nl.reflectiewerkplaats.access.AccessPolicy;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.access.ui.CurrentActor;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingAccessChanged;
import nl.reflectiewerkplaats.casework.MeetingPaths;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.dream.DreamBoardService;
import nl.reflectiewerkplaats.dream.ui.DreamBoard;
import nl.reflectiewerkplaats.genogram.GenogramService;
import nl.reflectiewerkplaats.genogram.ui.GenogramPanel;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.Presence;
import nl.reflectiewerkplaats.live.PresenceRegistry;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import nl.reflectiewerkplaats.live.ui.PresenceList;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundChanged;
import nl.reflectiewerkplaats.round.RoundService;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.reflectiewerkplaats.facilitation.Agenda;
import nl.reflectiewerkplaats.facilitation.AgendaChanged;
import nl.reflectiewerkplaats.art.ArtService;
import nl.reflectiewerkplaats.art.ui.ArtPanel;
import nl.reflectiewerkplaats.language.FeelingCardsService;
import nl.reflectiewerkplaats.language.ui.LanguagePanel;
import nl.reflectiewerkplaats.report.SessionReportService;
import nl.reflectiewerkplaats.facilitation.ClosingService;
import nl.reflectiewerkplaats.facilitation.FacilitationService;
import nl.reflectiewerkplaats.facilitation.Instrument;
import nl.reflectiewerkplaats.facilitation.ui.AgendaBar;
import nl.reflectiewerkplaats.facilitation.ui.ClosingPanel;
import nl.reflectiewerkplaats.facilitation.ui.PreparationPanel;
import nl.reflectiewerkplaats.perspective.BackpackService;
import nl.reflectiewerkplaats.perspective.GroupsService;
import nl.reflectiewerkplaats.perspective.PerspectiveService;
import nl.reflectiewerkplaats.perspective.ui.PerspectivePanel;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.tensionfield.TensionFieldService;
import nl.reflectiewerkplaats.tensionfield.ui.TensionFieldPanel;
import nl.reflectiewerkplaats.timeline.TimelineService;
import nl.reflectiewerkplaats.timeline.ui.TimelinePanel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.io.ByteArrayInputStream;

/**
 * The session view (werkruimte) of one leerbijeenkomst: case and meeting in the
 * header, who is here, and the instruments, all live. Facilitators and
 * participants use the same view; the service calls decide what each may do.
 */
@Route(MeetingPaths.WORKSPACE_ROUTE)
@AnonymousAllowed
public class WorkspaceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));

    private final CurrentActor currentActor;
    private final CaseService cases;
    private final MeetingService meetings;
    private final DreamBoardService dreamBoard;
    private final CardCatalog catalog;
    private final CaseBroadcaster broadcaster;
    private final PresenceRegistry presence;
    private final AccessPolicy access;
    private final TensionFieldService tensionFields;
    private final RoundService rounds;
    private final SharedNoteService fieldNotes;
    private final PerspectiveService perspective;
    private final GroupsService groups;
    private final FacilitationService facilitation;
    private final SessionReportService reports;
    private final FeelingCardsService feelings;
    private final ArtService art;
    private final ClosingService closing;
    private final BackpackService backpack;
    private final GenogramService genogram;
    private final TimelineService timeline;
    private String pageTitle = "";

    WorkspaceView(CurrentActor currentActor, CaseService cases, MeetingService meetings, DreamBoardService dreamBoard,
                  CardCatalog catalog, CaseBroadcaster broadcaster, PresenceRegistry presence, AccessPolicy access,
                  TensionFieldService tensionFields, RoundService rounds, SharedNoteService fieldNotes,
                  PerspectiveService perspective, GroupsService groups, BackpackService backpack,
                  FacilitationService facilitation, ClosingService closing, SessionReportService reports,
                  FeelingCardsService feelings, ArtService art, GenogramService genogram, TimelineService timeline) {
        this.genogram = genogram;
        this.timeline = timeline;
        this.art = art;
        this.feelings = feelings;
        this.reports = reports;
        this.facilitation = facilitation;
        this.closing = closing;
        this.perspective = perspective;
        this.groups = groups;
        this.backpack = backpack;
        this.fieldNotes = fieldNotes;
        this.tensionFields = tensionFields;
        this.rounds = rounds;
        this.currentActor = currentActor;
        this.cases = cases;
        this.meetings = meetings;
        this.dreamBoard = dreamBoard;
        this.catalog = catalog;
        this.broadcaster = broadcaster;
        this.presence = presence;
        this.access = access;
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
        Actor actor = maybeActor.get();
        Meeting meeting = meetings.getMeeting(actor, meetingId);
        Case theCase = cases.getCase(actor, meeting.getCaseId());
        boolean facilitator = access.allows(actor, theCase.getId(), CaseAction.MODERATE);
        pageTitle = theCase.getPseudonym() + " · " + meeting.getTitle();

        Header header = new Header();
        header.addClassName("rw-workspace-header");
        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("rw-brand");
        Span caseName = new Span(getTranslation("workspace.case", theCase.getPseudonym()));
        caseName.addClassName("rw-workspace-case");
        H1 title = new H1(meeting.getTitle());
        Span date = new Span(DATE.format(meeting.getDate()));
        date.addClassName("rw-muted");
        Div titles = new Div(caseName, title, date);
        if (meeting.isNetwork()) {
            Span network = new Span(getTranslation("workspace.network"));
            network.getElement().getThemeList().add("badge");
            network.getStyle().set("margin-left", "var(--lumo-space-s)");
            titles.add(network);
        }
        titles.addClassName("rw-workspace-titles");
        Div who = new Div(new Span(getTranslation(actor.watcher() ? "workspace.youWatch"
                : facilitator ? "workspace.youLead" : "workspace.you", actor.displayName())));
        who.addClassName("rw-workspace-you");
        if (facilitator) {
            Anchor back = new Anchor("casussen/" + theCase.getId(), getTranslation("workspace.backToCase"));
            String fileName = "verslag-" + meeting.getDate() + ".pdf";
            Anchor report = new Anchor(DownloadHandler.fromInputStream(download -> {
                byte[] pdf = reports.pdf(actor, meetingId, true);
                return new DownloadResponse(new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length);
            }), getTranslation("workspace.report"));
            report.getElement().setAttribute("download", true);
            report.addClassName("rw-report-link");
            who.add(report, back);
        }
        if (actor instanceof Actor.Facilitator) {
            currentActor.rememberFacilitatorMeeting(meetingId);
        } else if (actor instanceof Actor.Participant) {
            // a shared device: whoever uses it now starts as a new participant
            String link = actor.watcher() ? meeting.getWatchToken() : meeting.getInviteToken();
            Button notMe = new Button(getTranslation("workspace.notMe"), e -> {
                currentActor.forgetPerson();
                getUI().ifPresent(ui -> ui.navigate(MeetingPaths.join(link)));
            });
            notMe.addThemeVariants(ButtonVariant.LUMO_TERTIARY,
                    ButtonVariant.LUMO_SMALL);
            notMe.addClassName("rw-not-me");
            who.add(notMe);
        }
        header.add(brand, titles, who);

        Presence me = new Presence(actor.id(), actor.displayName(), roleOf(actor, meeting), facilitator);
        PresenceList presenceList = new PresenceList(presence, broadcaster, theCase.getId(), meetingId, actor, me);

        Main main = new Main();
        main.addClassName("rw-workspace-main");
        if (!theCase.getQuestion().isBlank()) {
            Span label = new Span(getTranslation("workspace.question"));
            label.addClassName("rw-label");
            Div question = new Div(label, new Paragraph(theCase.getQuestion()));
            question.addClassName("rw-case-question-box");
            main.add(question);
        }
        // each instrument is built when its tab is first shown, not for every view up front
        String caseId = theCase.getId();
        Map<Instrument, InstrumentTabs.Entry> all = new LinkedHashMap<>();
        all.put(Instrument.DREAM, new InstrumentTabs.Entry(getTranslation("workspace.tab.dream"),
                () -> new DreamBoard(dreamBoard, catalog, broadcaster, actor, caseId, meetingId, facilitator,
                        facilitator ? text -> Messages.attempt(this,
                                () -> facilitation.spotlight(actor, caseId, meetingId, text)) : null)));
        all.put(Instrument.FIELDS, new InstrumentTabs.Entry(getTranslation("workspace.tab.fields"),
                () -> new TensionFieldPanel(tensionFields, rounds, fieldNotes, catalog, broadcaster, actor, caseId,
                        meetingId, facilitator, meeting.isNetwork())));
        all.put(Instrument.PERSPECTIVE, new InstrumentTabs.Entry(getTranslation("workspace.tab.perspective"),
                () -> new PerspectivePanel(perspective, groups, backpack, rounds, fieldNotes, broadcaster, actor,
                        caseId, meetingId, facilitator, () -> meetings.listParticipants(actor, meetingId).stream()
                        .map(p -> new PerspectivePanel.Person(p.getId(),
                                p.getDisplayName() + " (" + p.getRoleOrOrganisation() + ")"))
                        .toList())));
        all.put(Instrument.TIMELINE, new InstrumentTabs.Entry(getTranslation("instrument.TIMELINE"),
                () -> new TimelinePanel(timeline, fieldNotes, broadcaster, actor, caseId, meetingId, facilitator)));
        all.put(Instrument.LANGUAGE, new InstrumentTabs.Entry(getTranslation("workspace.tab.language"),
                () -> new LanguagePanel(feelings, rounds, fieldNotes, catalog, broadcaster, actor, caseId, meetingId,
                        facilitator)));
        all.put(Instrument.ART, new InstrumentTabs.Entry(getTranslation("workspace.tab.art"),
                () -> new ArtPanel(art, fieldNotes, broadcaster, actor, caseId, meetingId, facilitator)));
        all.put(Instrument.GENOGRAM, new InstrumentTabs.Entry(getTranslation("workspace.tab.genogram"),
                () -> new GenogramPanel(genogram, broadcaster, actor, caseId, meetingId, facilitator,
                        theCase.getPseudonym())));
        all.put(Instrument.CLOSING, new InstrumentTabs.Entry(getTranslation("workspace.tab.closing"),
                () -> new ClosingPanel(closing, fieldNotes, broadcaster, actor, caseId, meetingId, facilitator)));
        InstrumentTabs instruments = new InstrumentTabs(all, onAgenda(facilitation.agenda(actor, caseId, meetingId)));
        if (facilitator) {
            // werkkaart 1: only in the facilitator's view, never built for a participant
            instruments.addFixed(getTranslation("workspace.tab.preparation"),
                    () -> new PreparationPanel(facilitation, catalog, actor, caseId, meetingId));
        }
        LiveUpdates.bind(instruments, broadcaster, caseId, actor, AgendaChanged.class, changed -> {
            if (meetingId.equals(changed.agenda().getMeetingId())) {
                instruments.follow(onAgenda(changed.agenda()));
            }
        });
        AgendaBar agendaBar = new AgendaBar(facilitation, broadcaster, actor, caseId, meetingId, facilitator,
                instrument -> {
                    // a step whose instrument this view does not have (any more) leaves the view where it is
                    if (!instruments.open(instrument)) {
                        Messages.showError(getTranslation("agenda.unknownInstrument"));
                    }
                },
                () -> instruments.getSelectedInstrument().orElse(null),
                silence -> setClassName("rw-silence", silence), () -> presence.present(meetingId));
        instruments.addSelectedChangeListener(e -> agendaBar.refreshReturn());
        Div silenceNote = new Div(new Span(getTranslation("agenda.silenceNote")));
        silenceNote.addClassName("rw-silence-note");
        main.add(agendaBar, silenceNote, instruments);
        if (!facilitator) {
            // when the facilitator opens a round, participants are taken to it
            LiveUpdates.bind(this, broadcaster, theCase.getId(), actor, RoundChanged.class, changed -> {
                if (changed.round().getMeetingId().equals(meetingId) && changed.round().getPhase() == Round.Phase.ANSWERING) {
                    Instrument.forTopic(changed.round().getTopic()).ifPresent(instruments::open);
                }
            });
        }

        // a watcher reads along: the places to type or place are not shown (the access check refuses them anyway)
        setClassName("rw-watching", actor.watcher());
        Div body = new Div(main, presenceList);
        body.addClassName("rw-workspace-body");
        add(header, body);

        if (actor instanceof Actor.Participant) {
            LiveUpdates.bind(this, broadcaster, theCase.getId(), actor, MeetingAccessChanged.class, changed -> {
                if (changed.meetingId().equals(meetingId) && !changed.open()) {
                    removeAll();
                    showMessage(getTranslation("workspace.closed.title"), getTranslation("workspace.closed.text"));
                }
            });
        }
    }

    private static List<Instrument> onAgenda(Agenda agenda) {
        return agenda.getSteps().stream().map(Agenda.Step::instrument).filter(Objects::nonNull).distinct().toList();
    }

    private String roleOf(Actor actor, Meeting meeting) {
        if (actor instanceof Actor.Participant) {
            String role = meetings.getParticipant(actor, actor.id()).getRoleOrOrganisation();
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
