package nl.reflectiewerkplaats.perspective.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.value.ValueChangeMode;

/** "Zit zoals je je voelt": how close to the centre, and turned towards or away. */
class SeatPicker extends Div {

    private final Input distance = new Input(ValueChangeMode.ON_CHANGE);
    private final RadioButtonGroup<Boolean> facing = new RadioButtonGroup<>();

    SeatPicker() {
        addClassName("rw-seat-picker");
        Span label = new Span(getTranslation("perspective.seat"));
        label.addClassName("rw-label");
        distance.setType("range");
        distance.getElement().setAttribute("min", "0");
        distance.getElement().setAttribute("max", "100");
        distance.getElement().setAttribute("aria-label", getTranslation("perspective.seatDistance"));
        distance.setValue("50");
        Div scale = new Div(new Span(getTranslation("perspective.near")), distance, new Span(getTranslation("perspective.far")));
        scale.addClassName("rw-seat-scale");
        facing.setItems(false, true);
        facing.setItemLabelGenerator(away -> getTranslation(away ? "perspective.away" : "perspective.towards"));
        facing.setValue(false);
        add(label, scale, facing);
    }

    double distance() {
        try {
            return Math.max(0, Math.min(100, Integer.parseInt(distance.getValue()))) / 100.0;
        } catch (NumberFormatException e) {
            return 0.5;
        }
    }

    boolean turnedAway() {
        return Boolean.TRUE.equals(facing.getValue());
    }

    void set(double d, boolean away) {
        distance.setValue(String.valueOf(Math.round(d * 100)));
        facing.setValue(away);
    }

}
