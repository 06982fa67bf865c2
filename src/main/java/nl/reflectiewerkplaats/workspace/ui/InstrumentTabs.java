package nl.reflectiewerkplaats.workspace.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.TabSheetVariant;
import com.vaadin.flow.server.VaadinRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.facilitation.ui.AgendaBar;
import nl.reflectiewerkplaats.instrument.SessionContext;
import nl.reflectiewerkplaats.instrument.ui.WorkspaceInstrument;

/**
 * The workspace's instruments as tabs that follow the agenda: the instruments of the
 * meeting's agenda come first, in its order, and are always there; the others wait in
 * a "Meer" menu at the end of the tab bar until someone opens one (or the group's
 * step or round goes there). So a laptop or tablet shows the few tabs the meeting
 * uses, and the instrument of the current step is always one tap away. Instruments
 * only for whoever leads (the preparation) are a tab of their own at the end, and are
 * not there at all for anyone else. Instruments are known by their registered ids.
 *
 * <p>The instruments' panels are not the tab sheet's own content (a tab sheet keeps
 * only the shown tab's content attached): they live side by side in {@link #panels()}
 * below the tab bar, and a panel once built stays attached, hidden while another tab
 * is shown. Going back to a step then costs neither a store read nor sending the
 * whole panel to the browser again. A hidden panel stays current through the live
 * path like a shown one, in the browser too: it is hidden by style, not made
 * invisible to Vaadin (which would hold its changes back until it is shown, so an
 * answer taken back would stay in the page, out of sight).
 */
final class InstrumentTabs extends TabSheet implements AgendaBar.InstrumentView {

    /** How long after a step change the next step's panel is prepared, and over how long the views spread it. */
    private static final Duration PREPARE_AFTER = Duration.ofMillis(1500);
    private static final Duration PREPARE_SPREAD = Duration.ofMillis(2000);

    private final Map<String, Tab> tabs = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final List<WorkspaceInstrument> choices = new ArrayList<>();
    private final Set<String> shown = new HashSet<>();
    private final MenuBar more = new MenuBar();
    private final SubMenu moreItems;
    /** Tab → the panel of its instrument (in {@link #panels}). */
    private final Map<Tab, LazyPanel> panelOfTab = new LinkedHashMap<>();
    private final Div panels = new Panels();
    private boolean refreshed;

    /**
     * @param instruments the registered instruments, in the product's order
     * @param context     whose view this is (what each instrument is built for)
     * @param onAgenda    the ids of the agenda's instruments, in its order
     */
    InstrumentTabs(List<WorkspaceInstrument> instruments, SessionContext context, List<String> onAgenda) {
        addClassName("rw-instruments");
        // compact tabs: a laptop or tablet shows the agenda's instruments side by side
        addThemeVariants(TabSheetVariant.LUMO_TABS_SMALL);
        setWidthFull();
        Map<String, WorkspaceInstrument> byId = new LinkedHashMap<>();
        instruments.stream().filter(i -> !i.moderatorOnly()).forEach(i -> byId.putIfAbsent(i.id(), i));
        choices.addAll(byId.values());
        List<String> order = new ArrayList<>(onAgenda.stream().filter(byId::containsKey).distinct().toList());
        byId.keySet().stream().filter(id -> !order.contains(id)).forEach(order::add);
        for (String id : order) {
            WorkspaceInstrument instrument = byId.get(id);
            labels.put(id, getTranslation(instrument.tabLabelKey()));
            tabs.put(id, addInstrument(labels.get(id), instrument, context));
        }
        if (context.moderator()) {
            // e.g. werkkaart 1: only in the view of whoever leads, never built for a participant
            instruments.stream().filter(WorkspaceInstrument::moderatorOnly).forEach(instrument ->
                    addInstrument(getTranslation(instrument.tabLabelKey()), instrument, context));
        }
        panels.addClassName("rw-instruments");
        panels.addClassName("rw-instrument-panels");
        panels.setWidthFull();
        addSelectedChangeListener(e -> showSelectedPanel());
        showSelectedPanel();
        more.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        more.addClassName("rw-more-instruments");
        MenuItem item = more.addItem(getTranslation("workspace.more"));
        item.add(VaadinIcon.ANGLE_DOWN.create());
        item.setAriaLabel(getTranslation("workspace.moreLabel"));
        moreItems = item.getSubMenu();
        setSuffixComponent(more);
        showAgenda(onAgenda);
    }

    /**
     * Where the panels live. A panel that looks for the workspace's instruments among its
     * ancestors (to open another one, as an agenda step does) finds them here.
     */
    private final class Panels extends Div implements AgendaBar.InstrumentView {
        @Override
        public List<WorkspaceInstrument> choices() {
            return InstrumentTabs.this.choices();
        }

        @Override
        public String shown() {
            return InstrumentTabs.this.shown();
        }

        @Override
        public void goTo(String instrumentId) {
            InstrumentTabs.this.goTo(instrumentId);
        }

        @Override
        public void prepare(String instrumentId) {
            InstrumentTabs.this.prepare(instrumentId);
        }
    }

    /** The instruments' panels, to be placed right below the tab bar. */
    Component panels() {
        return panels;
    }

    private Tab addInstrument(String label, WorkspaceInstrument instrument, SessionContext context) {
        // the tab sheet's own content is an empty anchor; the panel lives in the panels beside it
        Tab tab = add(label, new Div());
        LazyPanel panel = new LazyPanel(() -> instrument.create(context));
        panel.show(false);
        panelOfTab.put(tab, panel);
        panels.add(panel);
        return tab;
    }

    /** Shows the selected tab's panel (built the first time) and hides the others. */
    private void showSelectedPanel() {
        Tab selected = getSelectedTab();
        panelOfTab.forEach((tab, panel) -> {
            boolean show = tab.equals(selected);
            if (show) {
                panel.build();
            }
            panel.show(show);
        });
    }

    /** Shows the agenda's instruments as tabs (those opened in this view stay). */
    void showAgenda(Collection<String> onAgenda) {
        int before = shown.size();
        onAgenda.stream().filter(tabs::containsKey).forEach(shown::add);
        if (onAgenda.isEmpty()) {
            shown.addAll(tabs.keySet());
        }
        getSelectedInstrument().ifPresent(shown::add);
        if (shown.size() != before || !refreshed) {
            // only when a tab came into the bar: a step change leaves the bar and "Meer" as they are
            refresh();
        }
    }

    /** Brings the instrument's tab into the bar (if it waited in the menu) and opens it. */
    boolean open(String instrument) {
        Tab tab = tabs.get(instrument);
        if (tab == null) {
            return false;
        }
        if (shown.add(instrument)) {
            refresh();
        }
        if (!tab.equals(getSelectedTab())) {
            // what the group sees first (the agenda, a marker) goes out before the instrument is built
            pushNow();
            setSelectedTab(tab);
        }
        return true;
    }

    Optional<String> getSelectedInstrument() {
        Tab selected = getSelectedTab();
        return tabs.entrySet().stream().filter(t -> t.getValue().equals(selected)).map(Map.Entry::getKey).findFirst();
    }

    @Override
    public List<WorkspaceInstrument> choices() {
        return List.copyOf(choices);
    }

    @Override
    public String shown() {
        return getSelectedInstrument().orElse(null);
    }

    @Override
    public void goTo(String instrumentId) {
        // a step whose instrument this view does not have (any more) leaves the view where it is
        if (!open(instrumentId)) {
            Messages.showError(getTranslation("agenda.unknownInstrument"));
        }
    }

    /**
     * Builds the instrument's panel out of sight a little later, so that the next step
     * shows at once. Every open view gets the same step at the same moment, so each
     * waits a different while: their store reads and builds do not all fall together,
     * and none of them is in the way of the step that is being shown now.
     */
    @Override
    public void prepare(String instrumentId) {
        Tab tab = tabs.get(instrumentId);
        LazyPanel panel = tab == null ? null : panelOfTab.get(tab);
        if (panel == null || panel.isBuilt()) {
            return;
        }
        getUI().ifPresent(ui -> {
            long wait = PREPARE_AFTER.toMillis() + ThreadLocalRandom.current().nextLong(PREPARE_SPREAD.toMillis());
            Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(wait);
                    ui.access(panel::build);
                } catch (InterruptedException | UIDetachedException stopped) {
                    // the view closed meanwhile: nothing to prepare
                }
            });
        });
    }

    /** Outside a request (a live update): sends what changed so far as its own push. */
    private void pushNow() {
        if (VaadinRequest.getCurrent() != null) {
            return;
        }
        getUI().filter(ui -> ui.getPushConfiguration().getPushMode().isEnabled()
                && ui.getInternals().getPushConnection() != null
                && ui.getInternals().getPushConnection().isConnected()).ifPresent(UI::push);
    }

    private void refresh() {
        refreshed = true;
        moreItems.removeAll();
        Map<String, Tab> waiting = new LinkedHashMap<>();
        tabs.forEach((instrument, tab) -> {
            boolean visible = shown.contains(instrument);
            tab.setVisible(visible);
            if (!visible) {
                waiting.put(instrument, tab);
            }
        });
        // in the tab bar's order
        tabs.keySet().stream().sorted((a, b) -> Integer.compare(getIndexOf(tabs.get(a)), getIndexOf(tabs.get(b))))
                .filter(waiting::containsKey)
                .forEach(instrument -> moreItems.addItem(labels.get(instrument), e -> open(instrument)));
        more.setVisible(!waiting.isEmpty());
    }
}
