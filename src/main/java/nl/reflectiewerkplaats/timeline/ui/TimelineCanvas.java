package nl.reflectiewerkplaats.timeline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.reflectiewerkplaats.timeline.LaneMode;
import nl.reflectiewerkplaats.timeline.TimelineEvent;
import nl.reflectiewerkplaats.timeline.TimelineGapView;
import nl.reflectiewerkplaats.timeline.TimelinePeriod;
import tools.jackson.databind.json.JsonMapper;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.timeline.EventKind;

/**
 * The picture of the timeline: the {@code <rw-timeline>} element in
 * {@code frontend/components}. The server sends the data once as JSON and then only
 * what changed; the element reports what the user did.
 */
@Tag("rw-timeline")
@JavaScript("context://components/rw-timeline.js")
public class TimelineCanvas extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the user did on the picture. */
    public interface Listener {
        void open(String eventId);

        void move(String eventId, long version, String isoDate);

        void span(String fromIso, String toIso);

        void gap(String isoDate);

        void openGap(String gapId);

        void openPeriod(String periodId);
    }

    private LaneMode mode = LaneMode.PARTIES;

    public TimelineCanvas(Listener listener) {
        getElement().addEventListener("rw-open", e -> listener.open(e.getEventData().get("event.detail.id").asString()))
                .addEventData("event.detail.id");
        getElement().addEventListener("rw-move", e -> listener.move(
                        e.getEventData().get("event.detail.id").asString(),
                        e.getEventData().get("event.detail.version").asLong(),
                        e.getEventData().get("event.detail.date").asString()))
                .addEventData("event.detail.id").addEventData("event.detail.version").addEventData("event.detail.date");
        getElement().addEventListener("rw-span", e -> listener.span(
                        e.getEventData().get("event.detail.from").asString(),
                        e.getEventData().get("event.detail.to").asString()))
                .addEventData("event.detail.from").addEventData("event.detail.to");
        getElement().addEventListener("rw-gap", e -> listener.gap(e.getEventData().get("event.detail.date").asString()))
                .addEventData("event.detail.date");
        getElement().addEventListener("rw-gap-open", e -> listener.openGap(e.getEventData().get("event.detail.id").asString()))
                .addEventData("event.detail.id");
        getElement().addEventListener("rw-period-open",
                        e -> listener.openPeriod(e.getEventData().get("event.detail.id").asString()))
                .addEventData("event.detail.id");
    }

    /** Everything at once: on attach, and after a reload. */
    public void setData(LaneMode mode, boolean canEdit, String highlight, List<TimelineEvent> events,
                        List<TimelinePeriod> periods, List<TimelineGapView> gaps) {
        this.mode = mode;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels());
        data.put("lanes", lanes(mode));
        data.put("canEdit", canEdit);
        data.put("highlight", highlight);
        data.put("today", DutchTime.today().toString());
        data.put("events", events.stream().map(this::event).toList());
        data.put("periods", periods.stream().map(this::period).toList());
        data.put("gaps", gaps.stream().filter(TimelineGapView::open).map(this::gap).toList());
        // as a JSON object, not a string of JSON: the response carries it once, unescaped, and the
        // browser need not parse it again (1,000 events are some 250 kB)
        getElement().callJsFunction("setData", JSON.valueToTree(data));
        getElement().setAttribute("data-can-edit", String.valueOf(canEdit));
    }

    /** The JSON {@link #setData} sends (also measured by the benchmark). */
    public String payload(List<TimelineEvent> events) {
        return json(Map.of("events", events.stream().map(this::event).toList()));
    }

    public void upsert(TimelineEvent event) {
        getElement().callJsFunction("upsert", json(event(event)), false);
    }

    /**
     * A change that arrived live (maybe someone else's): when it is new or moved, the
     * picture makes it noticeable (brings it into view, or marks it "nieuw: …").
     */
    public void upsertArrived(TimelineEvent event) {
        getElement().callJsFunction("upsert", json(event(event)), true);
    }

    /** Scrolls the picture to an event (after the person's own add or change). */
    public void reveal(String eventId) {
        getElement().callJsFunction("reveal", eventId);
    }

    public void remove(String eventId) {
        getElement().callJsFunction("remove", eventId);
    }

    public void upsertPeriod(TimelinePeriod period, boolean arrived) {
        getElement().callJsFunction("upsertPeriod", json(period(period)), arrived);
    }

    public void removePeriod(String periodId) {
        getElement().callJsFunction("removePeriod", periodId);
    }

    public void upsertGap(TimelineGapView gap, boolean arrived) {
        if (gap.open()) {
            getElement().callJsFunction("upsertGap", json(gap(gap)), arrived);
        } else {
            removeGap(gap.id());
        }
    }

    public void removeGap(String gapId) {
        getElement().callJsFunction("removeGap", gapId);
    }

    /** Switches the lanes: sends, per event, whether it is above the line now. */
    public void setLaneMode(LaneMode newMode, List<TimelineEvent> events) {
        this.mode = newMode;
        Map<String, Boolean> above = new LinkedHashMap<>();
        events.forEach(e -> above.put(e.getId(), newMode.above(e)));
        getElement().callJsFunction("setLanes", json(Map.of("lanes", lanes(newMode), "above", above)));
    }

    public void setCanEdit(boolean canEdit) {
        getElement().callJsFunction("setCanEdit", canEdit);
        getElement().setAttribute("data-can-edit", String.valueOf(canEdit));
    }

    public void setHighlight(String eventId) {
        getElement().callJsFunction("setHighlight", eventId);
    }

    public void setTool(String tool) {
        getElement().callJsFunction("setTool", tool == null ? "" : tool);
    }

    public void focusEvent(String eventId) {
        getElement().callJsFunction("focusEvent", eventId);
    }

    public LaneMode mode() {
        return mode;
    }

    private Map<String, Object> event(TimelineEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.getId());
        m.put("version", e.getVersion());
        m.put("date", e.getDate().date().toString());
        m.put("end", e.getDate().end().toString());
        m.put("precision", e.getDate().precision().name());
        m.put("approx", e.getDate().approximate());
        m.put("label", e.getDate().label());
        m.put("title", e.getTitle());
        m.put("who", e.getWho());
        m.put("kind", e.getKind().name());
        m.put("above", mode.above(e));
        m.put("source", TimelineTexts.source(this, e));
        return m;
    }

    private Map<String, Object> period(TimelinePeriod p) {
        return Map.of("id", p.id(), "start", p.start().toString(), "end", p.end().toString(),
                "name", p.name(), "label", TimelineTexts.span(p));
    }

    private Map<String, Object> gap(TimelineGapView g) {
        return Map.of("id", g.id(), "at", g.at().toString(), "question", g.question(),
                "label", TimelineTexts.day(g.at()));
    }

    private Map<String, Object> lanes(LaneMode m) {
        return Map.of("upper", getTranslation("timeline.lane." + m.name() + ".upper"),
                "lower", getTranslation("timeline.lane." + m.name() + ".lower"));
    }

    private Map<String, Object> labels() {
        Map<String, Object> l = new LinkedHashMap<>();
        Map<String, String> kinds = new LinkedHashMap<>();
        for (var kind : EventKind.values()) {
            kinds.put(kind.name(), getTranslation("timeline.kind." + kind.name()));
        }
        l.put("kinds", kinds);
        for (String key : List.of("title", "zoomIn", "zoomOut", "fit", "today", "fold", "unfold", "foldHelp",
                "foldedYears", "count", "countOne", "compact", "gap", "linked", "fresh", "freshMore", "freshHelp")) {
            l.put(key, getTranslation("timeline.canvas." + key));
        }
        l.put("months", List.of("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"));
        return l;
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
