package nl.reflectiewerkplaats.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableSupplier;

/**
 * The place of one instrument in the workspace: the instrument itself is built the
 * first time its tab is shown ({@link #build()}), so a participant who never opens the
 * geno-sociogram costs no memory and no store reads for it. Once built it stays for
 * the life of the view, hidden while another tab is shown.
 */
final class LazyPanel extends Div {

    private SerializableSupplier<? extends Component> factory;

    LazyPanel(SerializableSupplier<? extends Component> factory) {
        this.factory = factory;
        addClassName("rw-instrument-slot");
    }

    boolean isBuilt() {
        return factory == null;
    }

    /** Builds the instrument now if that has not happened yet. */
    void build() {
        if (factory != null) {
            SerializableSupplier<? extends Component> make = factory;
            factory = null;
            add(make.get());
        }
    }
}
