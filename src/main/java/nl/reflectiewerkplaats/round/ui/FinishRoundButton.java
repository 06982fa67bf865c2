package nl.reflectiewerkplaats.round.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundService;

/**
 * The facilitator's "Afronden" for a round: closes it for everyone, then {@code closed} runs
 * (the panel shows that no round is open). A refusal becomes a notice.
 */
public class FinishRoundButton extends Button {

    public FinishRoundButton(RoundService rounds, Actor actor, Round round, Runnable closed) {
        super(VaadinIcon.CHECK.create());
        setText(getTranslation("field.finish"));
        addClickListener(e -> Messages.attempt(this, () -> {
            rounds.close(actor, round.getId());
            closed.run();
        }));
    }
}
