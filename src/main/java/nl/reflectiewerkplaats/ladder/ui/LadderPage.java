package nl.reflectiewerkplaats.ladder.ui;

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
import nl.reflectiewerkplaats.ladder.LadderService;
import nl.reflectiewerkplaats.live.CaseBroadcaster;

/** The case's ladder and escalation clock on a page of its own, for the facilitator between meetings; live too. */
@Route(value = "casussen/:" + CasePageLink.CASE_ID + "/ladder", layout = MainLayout.class)
@RolesAllowed(AccountService.ROLE_FACILITATOR)
public class LadderPage extends InstrumentCasePage {

    private final LadderService service;
    private final CaseBroadcaster broadcaster;

    LadderPage(CaseService cases, LadderService service, CaseBroadcaster broadcaster, CurrentActor currentActor) {
        super(cases, currentActor, "ladder.page.title");
        this.service = service;
        this.broadcaster = broadcaster;
    }

    @Override
    protected Component content(Actor actor, Case theCase) {
        return new LadderPanel(service, broadcaster, actor, theCase.getId(), true);
    }
}
