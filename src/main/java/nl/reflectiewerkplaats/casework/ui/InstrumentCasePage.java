package nl.reflectiewerkplaats.casework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.access.ui.CurrentActor;
import nl.reflectiewerkplaats.casework.Case;
import nl.reflectiewerkplaats.casework.CaseService;
import nl.reflectiewerkplaats.instrument.ui.CasePageLink;

/**
 * The frame of an instrument's own page for one case (reached by its {@link CasePageLink}): the
 * facilitator's access, the case read with the one check, a way back to the case, the title with
 * the case's pseudonym; the instrument fills the rest. Its route takes the case id as
 * {@value CasePageLink#CASE_ID}.
 */
public abstract class InstrumentCasePage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseService cases;
    private final Actor actor;
    private final String titleKey;
    private String title = "";

    /** @param titleKey the page title's key, with the case's pseudonym as {0} */
    protected InstrumentCasePage(CaseService cases, CurrentActor currentActor, String titleKey) {
        this.cases = cases;
        this.actor = currentActor.facilitator().orElseThrow(NoAccessException::new);
        this.titleKey = titleKey;
        addClassName("rw-page");
    }

    /** The instrument's part of the page for this case, as this facilitator sees it. */
    protected abstract Component content(Actor actor, Case theCase);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Case theCase = cases.getCase(actor, event.getRouteParameters().get(CasePageLink.CASE_ID).orElse(""));
        removeAll();
        title = getTranslation(titleKey, theCase.getPseudonym());
        Anchor back = new Anchor("casussen/" + theCase.getId(), getTranslation("timeline.page.back"));
        back.addClassName("rw-back");
        add(back, new H2(title), content(actor, theCase));
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
