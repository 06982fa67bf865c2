package nl.reflectiewerkplaats.genogram.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * One list of the list view, its persons or its lines: the {@code <rw-genogram-items>}
 * element in {@code frontend/components}. The lines go to the browser as one JSON
 * property, not as a list item, a label and a button component each (a diagram of 200
 * persons and 400 lines made 1,800 components and a 1 MB response); the element draws
 * them and reports which line's "Bewerken" was pressed.
 */
@Tag("rw-genogram-items")
@JavaScript("context://components/rw-genogram-items.js")
final class GenogramItems extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One line of the list.
     *
     * @param text what the line says
     * @param name who or what it is, for the button's label ("Bewerken: {name}")
     */
    record Item(String id, String text, String name) {
    }

    /**
     * @param kind      "person" or "relation" (each line carries {@code data-person-id} or {@code data-relation-id})
     * @param editLabel the button's text, or null when the viewer may not change the diagram (no buttons)
     * @param edit      gets the id of the line whose button was pressed
     */
    GenogramItems(String kind, String editLabel, SerializableConsumer<String> edit) {
        getElement().setProperty("kind", kind);
        if (editLabel != null) {
            getElement().setProperty("editLabel", editLabel);
        }
        getElement().addEventListener("rw-edit", e -> edit.accept(e.getEventData().get("event.detail.id").asString()))
                .addEventData("event.detail.id");
    }

    /** Shows these lines, or {@code empty} when there are none. */
    void show(List<Item> items, String empty) {
        getElement().setProperty("empty", empty);
        getElement().setProperty("items", JSON.writeValueAsString(items));
    }
}
