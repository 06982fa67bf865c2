package nl.reflectiewerkplaats.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.tabs.TabSheetVariant;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.VaadinRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.reflectiewerkplaats.facilitation.Instrument;

/**
 * The workspace's instruments as tabs that follow the agenda: the instruments of the
 * meeting's agenda come first, in its order, and are always there; the others wait in
 * a "Meer" menu at the end of the tab bar until someone opens one (or the group's
 * step or round goes there). So a laptop or tablet shows the few tabs the meeting
 * uses, and the instrument of the current step is always one tap away.
 */
final class InstrumentTabs extends TabSheet {

    private final Map<Instrument, Tab> tabs = new EnumMap<>(Instrument.class);
    private final Map<Instrument, String> labels = new EnumMap<>(Instrument.class);
    private final Set<Instrument> shown = EnumSet.noneOf(Instrument.class);
    private final MenuBar more = new MenuBar();
    private final SubMenu moreItems;

    /**
     * @param instruments each instrument's tab label and how to build its panel, in the product's order
     * @param onAgenda    the agenda's instruments, in its order
     */
    InstrumentTabs(Map<Instrument, Entry> instruments, List<Instrument> onAgenda) {
        addClassName("rw-instruments");
        // compact tabs: a laptop or tablet shows the agenda's instruments side by side
        addThemeVariants(TabSheetVariant.LUMO_TABS_SMALL);
        setWidthFull();
        List<Instrument> order = new ArrayList<>(onAgenda.stream().filter(instruments::containsKey).distinct().toList());
        instruments.keySet().stream().filter(i -> !order.contains(i)).forEach(order::add);
        for (Instrument instrument : order) {
            Entry entry = instruments.get(instrument);
            labels.put(instrument, entry.label());
            tabs.put(instrument, add(entry.label(), new LazyPanel(entry.panel())));
        }
        more.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_SMALL);
        more.addClassName("rw-more-instruments");
        MenuItem item = more.addItem(getTranslation("workspace.more"));
        item.add(VaadinIcon.ANGLE_DOWN.create());
        item.setAriaLabel(getTranslation("workspace.moreLabel"));
        moreItems = item.getSubMenu();
        setSuffixComponent(more);
        follow(onAgenda);
    }

    /** An instrument's tab label and a way to build its panel when first shown. */
    record Entry(String label, SerializableSupplier<? extends Component> panel) {
    }

    /** Adds a tab that is always there (e.g. the facilitator's own preparation). */
    void addFixed(String label, SerializableSupplier<? extends Component> panel) {
        add(label, new LazyPanel(panel));
    }

    /** Shows the agenda's instruments as tabs (those opened in this view stay). */
    void follow(Collection<Instrument> onAgenda) {
        shown.addAll(onAgenda);
        if (onAgenda.isEmpty()) {
            shown.addAll(tabs.keySet());
        }
        getSelectedInstrument().ifPresent(shown::add);
        refresh();
    }

    /** Brings the instrument's tab into the bar (if it waited in the menu) and opens it. */
    boolean open(Instrument instrument) {
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

    Optional<Instrument> getSelectedInstrument() {
        Tab selected = getSelectedTab();
        return tabs.entrySet().stream().filter(t -> t.getValue().equals(selected)).map(Map.Entry::getKey).findFirst();
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
        moreItems.removeAll();
        Map<Instrument, Tab> waiting = new LinkedHashMap<>();
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
