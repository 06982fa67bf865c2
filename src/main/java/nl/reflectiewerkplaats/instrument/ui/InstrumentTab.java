package nl.reflectiewerkplaats.instrument.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Function;
import nl.reflectiewerkplaats.instrument.SessionContext;
import org.springframework.modulith.NamedInterface;

/**
 * The usual way to register a {@link WorkspaceInstrument}: a {@code @Component} in the
 * instrument's {@code ui} package that passes its id, place and panel to this
 * constructor (and overrides {@link #ownsTopic} if it runs rounds). The name's message
 * key is {@code instrument.<id>}.
 */
@NamedInterface("ui")
public abstract class InstrumentTab implements WorkspaceInstrument {

    private final String id;
    private final int order;
    private final String tabLabelKey;
    private final Function<SessionContext, ? extends Component> panel;

    /**
     * @param id          the stable id, as stored in agendas
     * @param order       the place among the instruments (lower first)
     * @param tabLabelKey the tab's label key, where it is shorter than the instrument's name
     * @param panel       builds the panel for one person's view
     */
    protected InstrumentTab(String id, int order, String tabLabelKey, Function<SessionContext, ? extends Component> panel) {
        this.id = id;
        this.order = order;
        this.tabLabelKey = tabLabelKey;
        this.panel = panel;
    }

    /** An instrument whose tab shows its full name. */
    protected InstrumentTab(String id, int order, Function<SessionContext, ? extends Component> panel) {
        this(id, order, "instrument." + id, panel);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String labelKey() {
        return "instrument." + id;
    }

    @Override
    public final String tabLabelKey() {
        return tabLabelKey;
    }

    @Override
    public final int order() {
        return order;
    }

    @Override
    public final Component create(SessionContext context) {
        return panel.apply(context);
    }
}
