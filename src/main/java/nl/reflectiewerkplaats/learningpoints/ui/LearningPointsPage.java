package nl.reflectiewerkplaats.learningpoints.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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
import nl.reflectiewerkplaats.instrument.ui.CasePageLink;
import nl.reflectiewerkplaats.learningpoints.LearningPointsService;
import nl.reflectiewerkplaats.live.CaseBroadcaster;

/** The leerpunten of a case over all its meetings, for the facilitator between meetings. */
@Route(value = "casussen/:" + CasePageLink.CASE_ID + "/leerpunten", layout = MainLayout.class)
@RolesAllowed(AccountService.ROLE_FACILITATOR)
public class LearningPointsPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseService cases;
    private final LearningPointsService service;
    private final CaseBroadcaster broadcaster;
    private final Actor actor;
    private String title = "";

    LearningPointsPage(CaseService cases, LearningPointsService service, CaseBroadcaster broadcaster,
                       CurrentActor currentActor) {
        this.cases = cases;
        this.service = service;
        this.broadcaster = broadcaster;
        this.actor = currentActor.facilitator().orElseThrow(NoAccessException::new);
        addClassName("rw-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Case theCase = cases.getCase(actor, event.getRouteParameters().get(CasePageLink.CASE_ID).orElse(""));
        removeAll();
        title = getTranslation("learningpoints.page.title", theCase.getPseudonym());
        Anchor back = new Anchor("casussen/" + theCase.getId(), getTranslation("timeline.page.back"));
        back.addClassName("rw-back");
        add(back, new H2(title), new LearningPointsPanel(service, broadcaster, actor, theCase.getId(), null, false));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
