package nl.reflectiewerkplaats.instrument.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import org.springframework.core.Ordered;

/**
 * What a module offers on the case page: a page of its own where the facilitator
 * prepares the instrument for one case, before a meeting. Each module registers its
 * links as beans; the case page shows them in {@link #order()} and knows none of them.
 *
 * @param order    place on the case page, lowest first
 * @param labelKey translation key of the link text
 * @param page     the module's own view; its route takes the case id as {@value #CASE_ID}
 * @param asButton shown as a button rather than as a plain link
 */
public record CasePageLink(int order, String labelKey, Class<? extends Component> page, boolean asButton)
        implements Ordered {

    /** The route parameter that names the case on an instrument's case page. */
    public static final String CASE_ID = "caseId";

    /** The address of the module's page for this case, taken from the page's own route. */
    public String href(String caseId) {
        return RouteConfiguration.forApplicationScope().getUrl(page, new RouteParameters(CASE_ID, caseId));
    }

    @Override
    public int getOrder() {
        return order;
    }
}
