package nl.reflectiewerkplaats.round.ui;

import nl.reflectiewerkplaats.base.ui.Confirm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundService;

/**
 * For the facilitator: the rounds of one instrument that ended without a reveal
 * (stopped, or replaced by a newer round). Their answers stay private; here the
 * facilitator may still reveal one ("alsnog onthullen") or put it away for good.
 */
public class StoppedRounds extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.of("nl", "NL"))
            .withZone(ZoneId.of("Europe/Amsterdam"));

    private final RoundService rounds;
    private final Actor actor;
    private final String caseId;
    private final String topicPrefix;
    private final Function<Round, String> label;

    /**
     * @param topicPrefix which rounds belong to the instrument (e.g. {@code spanningsveld:})
     * @param label       how a round is named in the list (e.g. the field's title)
     */
    public StoppedRounds(RoundService rounds, Actor actor, String caseId, String topicPrefix, Function<Round, String> label) {
        this.rounds = rounds;
        this.actor = actor;
        this.caseId = caseId;
        this.topicPrefix = topicPrefix;
        this.label = label;
        addClassName("rw-stopped-rounds");
        refresh();
    }

    private void refresh() {
        removeAll();
        List<Round> stopped = rounds.stopped(actor, caseId, topicPrefix);
        if (stopped.isEmpty()) {
            return;
        }
        Div list = new Div();
        for (Round round : stopped) {
            Span name = new Span(getTranslation("round.stopped.item", label.apply(round), WHEN.format(round.getOpenedAt())));
            Button reveal = new Button(getTranslation("round.stopped.reveal"), e -> confirm(round));
            reveal.addThemeVariants(ButtonVariant.LUMO_SMALL);
            Button discard = new Button(getTranslation("round.stopped.discard"), e -> Messages.attempt(this, () -> {
                rounds.discard(actor, round.getId());
                refresh();
            }));
            discard.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            Div row = new Div(name, reveal, discard);
            row.addClassName("rw-stopped-round");
            list.add(row);
        }
        Details details = new Details(getTranslation("round.stopped.title", stopped.size()),
                new Span(getTranslation("round.stopped.hint")), list);
        add(details);
    }

    private void confirm(Round round) {
        Confirm.step(this, getTranslation("round.stopped.reveal"), getTranslation("round.stopped.revealConfirm"),
                getTranslation("round.stopped.reveal"), () -> Messages.attempt(this, () -> {
                    rounds.reveal(actor, round.getId());
                    refresh();
                }));
    }
}
