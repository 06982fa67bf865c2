package nl.reflectiewerkplaats.learningpoints.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.reflectiewerkplaats.access.AccountService;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.ui.CurrentActor;
import nl.reflectiewerkplaats.base.ui.MainLayout;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.casework.ui.InstrumentCasePage;
import nl.reflectiewerkplaats.instrument.ui.CasePageLink;
import nl.reflectiewerkplaats.learningpoints.LearningPointsService;
import nl.reflectiewerkplaats.live.CaseBroadcaster;

/** The leerpunten of a case over all its meetings, for the facilitator between meetings; live too. */
@Route(value = "casussen/:" + CasePageLink.CASE_ID + "/leerpunten", layout = MainLayout.class)
@RolesAllowed(AccountService.ROLE_FACILITATOR)
public class LearningPointsPage extends InstrumentCasePage {

    private final LearningPointsService service;
    private final CaseBroadcaster broadcaster;

    LearningPointsPage(CaseService cases, LearningPointsService service, CaseBroadcaster broadcaster,
                       CurrentActor currentActor) {
        super(cases, currentActor, "learningpoints.page.title");
        this.service = service;
        this.broadcaster = broadcaster;
    }

    @Override
    protected Component content(Actor actor, Case theCase) {
        return new LearningPointsPanel(service, broadcaster, actor, theCase.getId(), null, false);
    }
}
