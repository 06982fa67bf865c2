package nl.reflectiewerkplaats.timeline.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.access.ui.CurrentActor;
import nl.reflectiewerkplaats.base.ui.MainLayout;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.instrument.ui.HistoryAffordance;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.timeline.TimelineService;

/**
 * The case's timeline outside a meeting: where the facilitator prepares it (e.g. from
 * file information) before the group completes it together.
 */
@Route(value = TimelinePage.ROUTE, layout = MainLayout.class)
@RolesAllowed(AccountService.ROLE_FACILITATOR)
public class TimelinePage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "casussen/:caseId/tijdlijn";

    private final CaseService cases;
    private final TimelineService timeline;
    private final SharedNoteService notes;
    private final CaseBroadcaster broadcaster;
    private final HistoryAffordance history;
    private final Actor actor;
    private String title = "";

    TimelinePage(CaseService cases, TimelineService timeline, SharedNoteService notes, CaseBroadcaster broadcaster,
                 CurrentActor currentActor, HistoryAffordance history) {
        this.history = history;
        this.cases = cases;
        this.timeline = timeline;
        this.notes = notes;
        this.broadcaster = broadcaster;
        this.actor = currentActor.facilitator().orElseThrow(NoAccessException::new);
        addClassName("rw-wide-page");
    }

    /** The path of this page for a case (for links from other pages). */
    public static String path(String caseId) {
        return "casussen/" + caseId + "/tijdlijn";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Case theCase = cases.getCase(actor, event.getRouteParameters().get("caseId").orElse(""));
        removeAll();
        title = getTranslation("timeline.page.title", theCase.getPseudonym());
        Anchor back = new Anchor("casussen/" + theCase.getId(), getTranslation("timeline.page.back"));
        back.addClassName("rw-back");
        Paragraph intro = new Paragraph(getTranslation("timeline.page.intro"));
        intro.addClassName("rw-intro");
        add(back, new H2(title), intro,
                new TimelinePanel(timeline, notes, broadcaster, actor, theCase.getId(), null, true).withHistory(history));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
