package nl.reflectiewerkplaats.round.ui;

import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import nl.reflectiewerkplaats.round.Round;

/** The facilitator's choice, when starting a round, to reveal the answers with names or without. */
public class RevealModeField extends RadioButtonGroup<Round.RevealMode> {

    /** @param preset what is chosen until the facilitator picks */
    public RevealModeField(Round.RevealMode preset) {
        setLabel(getTranslation("field.revealMode"));
        setItems(Round.RevealMode.NAMED, Round.RevealMode.ANONYMOUS);
        setItemLabelGenerator(m -> getTranslation(m == Round.RevealMode.NAMED ? "field.mode.named" : "field.mode.anonymous"));
        setValue(preset);
    }
}
