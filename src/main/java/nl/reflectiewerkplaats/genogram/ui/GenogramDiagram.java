package nl.reflectiewerkplaats.genogram.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import nl.reflectiewerkplaats.genogram.Point;
import com.vaadin.flow.component.HasSize;
import tools.jackson.databind.JsonNode;

/**
 * The drawing: a plain custom element ({@code frontend/components/rw-genogram.js})
 * that renders SVG. The server sends the diagram once and then only what changed;
 * the element reports selections, moves and drags back.
 */
@Tag("rw-genogram")
@JavaScript("context://components/rw-genogram.js")
public class GenogramDiagram extends Component implements HasSize {

    /** A move reported by the browser; {@code last} at the end of a drag or key presses. */
    public record Move(String personId, Point to, boolean last) {
    }

    public GenogramDiagram() {
        getElement().setAttribute("aria-roledescription", "diagram");
    }

    public void setData(JsonNode diagram) {
        getElement().callJsFunction("setData", diagram);
    }

    public void upsertPerson(String json) {
        getElement().callJsFunction("upsertPerson", json);
    }

    public void removePerson(String id) {
        getElement().callJsFunction("removePerson", id);
    }

    public void upsertRelation(String json) {
        getElement().callJsFunction("upsertRelation", json);
    }

    public void removeRelation(String id) {
        getElement().callJsFunction("removeRelation", id);
    }

    public void movePersons(String json) {
        getElement().callJsFunction("movePersons", json);
    }

    /** Marks the person as being dragged by {@code name}, or clears the mark when name is null. */
    public void setDragging(String personId, String name) {
        getElement().callJsFunction("setDragging", personId, name);
    }

    public void setLayerVisible(boolean visible) {
        getElement().callJsFunction("setLayerVisible", visible);
    }

    public void setSelected(String personId) {
        getElement().callJsFunction("setSelected", personId == null ? "" : personId);
    }

    /** (kind, id): kind is "person" or "relation". */
    public void addSelectListener(SerializableBiConsumer<String, String> listener) {
        getElement().addEventListener("rw-select", e -> listener.accept(
                        e.getEventData().get("event.detail.kind").asString(),
                        e.getEventData().get("event.detail.id").asString()))
                .addEventData("event.detail.kind").addEventData("event.detail.id");
    }

    public void addMoveListener(SerializableConsumer<Move> listener) {
        getElement().addEventListener("rw-move", e -> listener.accept(new Move(
                        e.getEventData().get("event.detail.id").asString(),
                        new Point(e.getEventData().get("event.detail.x").asDouble(),
                                e.getEventData().get("event.detail.y").asDouble()),
                        e.getEventData().get("event.detail.final").asBoolean())))
                .addEventData("event.detail.id").addEventData("event.detail.x").addEventData("event.detail.y")
                .addEventData("event.detail.final");
    }

    public void addDragListener(SerializableBiConsumer<String, Boolean> listener) {
        getElement().addEventListener("rw-drag", e -> listener.accept(
                        e.getEventData().get("event.detail.id").asString(),
                        e.getEventData().get("event.detail.dragging").asBoolean()))
                .addEventData("event.detail.id").addEventData("event.detail.dragging");
    }
}
