package nl.reflectiewerkplaats.genogram.ui;

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
import nl.reflectiewerkplaats.genogram.GenogramService;
import nl.reflectiewerkplaats.instrument.ui.HistoryAffordance;
import nl.reflectiewerkplaats.live.CaseBroadcaster;

/** The facilitator prepares the case's geno-sociogram here, before the meeting. */
@Route(value = "casussen/:caseId/genogram", layout = MainLayout.class)
@RolesAllowed(AccountService.ROLE_FACILITATOR)
public class GenogramView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The address of this page for a case (the case page links here without knowing this class). */
    public static String path(String caseId) {
        return "casussen/" + caseId + "/genogram";
    }

    private final CaseService cases;
    private final GenogramService genogram;
    private final CaseBroadcaster broadcaster;
    private final HistoryAffordance history;
    private final Actor actor;
    private String title = "";

    GenogramView(CaseService cases, GenogramService genogram, CaseBroadcaster broadcaster, CurrentActor currentActor,
                 HistoryAffordance history) {
        this.history = history;
        this.cases = cases;
        this.genogram = genogram;
        this.broadcaster = broadcaster;
        this.actor = currentActor.facilitator().orElseThrow(NoAccessException::new);
        addClassNames("rw-page", "rw-genogram-page");
        getStyle().set("max-width", "1600px");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Case theCase = cases.getCase(actor, event.getRouteParameters().get("caseId").orElse(""));
        title = theCase.getPseudonym();
        removeAll();
        Anchor back = new Anchor("casussen/" + theCase.getId(), theCase.getPseudonym());
        back.addClassName("rw-back");
        add(back, new H2(theCase.getPseudonym()),
                new GenogramPanel(genogram, broadcaster, actor, theCase.getId(), null, true, theCase.getPseudonym())
                        .withHistory(history));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("genogram.title") + (title.isEmpty() ? "" : " · " + title) + " · "
                + getTranslation("app.name");
    }
}
