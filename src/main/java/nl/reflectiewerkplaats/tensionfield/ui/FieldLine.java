package nl.reflectiewerkplaats.tensionfield.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.reflectiewerkplaats.cards.TensionField;
import nl.reflectiewerkplaats.tensionfield.MarkerView;
import nl.reflectiewerkplaats.tensionfield.Spread;

/**
 * One spanningsveld as a line between its two poles, with the markers the viewer
 * may see, the group's spread and clusters after the reveal, and movements as
 * arrows. The viewer's own place is a native range input: drag, tap, or the arrow
 * keys, with a continuous position.
 */
public class FieldLine extends Div {

    static final int STEPS = 1000;

    private final Div track = new Div();
    private final Div spreadLayer = new Div();
    private final Div markerLayer = new Div();
    private final Input control = new Input(ValueChangeMode.ON_CHANGE);
    private final Map<String, MarkerView> markers = new LinkedHashMap<>();
    private final TensionField field;
    private boolean showSpread;
    private boolean separateGroups;
    private Double lastTime;

    /**
     * @param interactive whether the viewer places themselves (a range input on the line)
     * @param onPlace     gets the chosen place, 0 (left pole) to 1 (right pole)
     */
    public FieldLine(TensionField field, boolean interactive, SerializableConsumer<Double> onPlace) {
        this.field = field;
        addClassName("rw-field-line");
        Span left = new Span(field.leftPole());
        left.addClassNames("rw-pole", "rw-pole-left");
        Span right = new Span(field.rightPole());
        right.addClassNames("rw-pole", "rw-pole-right");
        track.addClassName("rw-track");
        spreadLayer.addClassName("rw-spread-layer");
        markerLayer.addClassName("rw-marker-layer");
        track.add(spreadLayer, markerLayer);
        if (interactive) {
            control.setType("range");
            control.addClassName("rw-place-control");
            control.getElement().setAttribute("min", "0");
            control.getElement().setAttribute("max", String.valueOf(STEPS));
            control.getElement().setAttribute("step", "1");
            control.getElement().setAttribute("aria-label",
                    getTranslation("field.placeAria", field.leftPole(), field.rightPole()));
            control.setValue(String.valueOf(STEPS / 2));
            control.getElement().setAttribute("unplaced", true);
            control.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    // the server showing the viewer's place (showOwn) is no new placement
                    return;
                }
                try {
                    double position = Integer.parseInt(e.getValue()) / (double) STEPS;
                    onPlace.accept(Math.max(0, Math.min(1, position)));
                } catch (NumberFormatException ignored) {
                    // the browser sends only numbers; anything else is ignored
                }
            });
            track.add(control);
        }
        Div row = new Div(left, track, right);
        row.addClassName("rw-field-row");
        add(row);
    }

    /** Divides the line into equal, labelled zones (the phases of werkkaart 8). */
    void showZones(List<String> names) {
        Div zones = new Div();
        zones.addClassName("rw-zones");
        for (String name : names) {
            Div zone = new Div(new Span(name));
            zone.addClassName("rw-zone");
            zones.add(zone);
        }
        track.addComponentAsFirst(zones);
    }

    /** Shows the viewer's own current place on the control. */
    public void showOwn(double position) {
        control.setValue(String.valueOf(Math.round(position * STEPS)));
        control.getElement().removeAttribute("unplaced");
        control.getElement().setAttribute("aria-valuetext", describe(position));
    }

    void setMarkers(List<MarkerView> all) {
        markers.clear();
        all.forEach(m -> markers.put(m.placementId(), m));
        render();
    }

    void upsert(MarkerView marker) {
        markers.put(marker.placementId(), marker);
        render();
    }

    /** Shows bestuurders' markers on a row of their own, below the others. */
    void setSeparateGroups(boolean separate) {
        this.separateGroups = separate;
        setClassName("rw-groups-separate", separate);
        render();
    }

    /** Shows where the viewer stood last time, as a faint marker. */
    void showLastTime(double position) {
        this.lastTime = position;
        render();
    }

    void setShowSpread(boolean show) {
        this.showSpread = show;
        render();
    }

    int markerCount() {
        return markers.size();
    }

    private void render() {
        markerLayer.removeAll();
        spreadLayer.removeAll();
        if (lastTime != null) {
            Div last = new Div(new Span(getTranslation("field.lastTime")));
            last.addClassNames("rw-marker", "rw-marker-last");
            last.getStyle().set("left", pct(lastTime));
            last.getElement().setAttribute("title", getTranslation("field.lastTime") + ": " + describe(lastTime));
            markerLayer.add(last);
        }
        // in place order, never in the order people placed (that order could name them)
        for (MarkerView m : markers.values().stream().sorted(MarkerView.IN_PLACE_ORDER).toList()) {
            if (m.movedTo() != null && Math.abs(m.movedTo() - m.position()) > 0.001) {
                double from = Math.min(m.position(), m.movedTo());
                double to = Math.max(m.position(), m.movedTo());
                Div arrow = new Div();
                arrow.addClassNames("rw-move-arrow", m.movedTo() > m.position() ? "rw-right" : "rw-left");
                arrow.getStyle().set("left", pct(from)).set("width", pct(to - from));
                arrow.getElement().setAttribute("title", m.moveReason() == null ? "" : m.moveReason());
                markerLayer.add(arrow);
                Div ghost = new Div();
                ghost.addClassNames("rw-marker", "rw-marker-ghost");
                ghost.getStyle().set("left", pct(m.position()));
                markerLayer.add(ghost);
            }
            Div marker = new Div();
            marker.addClassName("rw-marker");
            if (m.mine()) {
                marker.addClassName("rw-marker-mine");
            }
            if (m.left()) {
                marker.addClassName("rw-marker-left");
            }
            if (m.bestuurder()) {
                marker.addClassName("rw-marker-bestuurder");
            }
            marker.getStyle().set("left", pct(m.current()));
            String label = m.mine() ? getTranslation("field.me") : m.label();
            if (m.left()) {
                label = label.isEmpty() ? getTranslation("field.left") : getTranslation("field.leftNamed", label);
            }
            if (!label.isEmpty()) {
                Span name = new Span(label);
                name.addClassName("rw-marker-label");
                marker.add(name);
            }
            marker.getElement().setAttribute("title", describe(m.current())
                    + (m.moveReason() == null || m.moveReason().isEmpty() ? "" : " — " + m.moveReason()));
            markerLayer.add(marker);
        }
        if (showSpread && !markers.isEmpty()) {
            Spread spread = Spread.of(markers.values().stream()
                    .filter(m -> !separateGroups || !m.bestuurder()).map(MarkerView::current).toList());
            Div band = new Div();
            band.addClassName("rw-spread");
            band.getStyle().set("left", pct(spread.min())).set("width", pct(spread.max() - spread.min()));
            spreadLayer.add(band);
            for (Spread.Cluster c : spread.clusters()) {
                if (c.size() > 1) {
                    Div cluster = new Div(new Span(String.valueOf(c.size())));
                    cluster.addClassName("rw-cluster");
                    cluster.getStyle().set("left", pct(c.from())).set("width", pct(c.to() - c.from()));
                    cluster.getElement().setAttribute("title", getTranslation("field.cluster", c.size()));
                    spreadLayer.add(cluster);
                }
            }
        }
    }

    private String describe(double position) {
        if (position < 0.4) {
            return getTranslation("field.closerTo", field.leftPole());
        }
        if (position > 0.6) {
            return getTranslation("field.closerTo", field.rightPole());
        }
        return getTranslation("field.middle");
    }

    private static String pct(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }
}
