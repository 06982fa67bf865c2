package nl.reflectiewerkplaats.language.ui;

import nl.reflectiewerkplaats.base.ui.EmptyState;
import nl.reflectiewerkplaats.instrument.SessionContext;
import nl.reflectiewerkplaats.round.ui.FinishRoundButton;
import nl.reflectiewerkplaats.round.ui.RevealModeField;
import nl.reflectiewerkplaats.round.ui.CurrentRound;
import com.vaadin.flow.component.Component;
import nl.reflectiewerkplaats.base.ui.Confirm;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.reflectiewerkplaats.base.ui.Messages;
import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.cards.FeelingCards;
import nl.reflectiewerkplaats.language.FeelingCardsService;
import nl.reflectiewerkplaats.language.FeelingPick;
import nl.reflectiewerkplaats.live.CaseBroadcaster;
import nl.reflectiewerkplaats.live.ui.LiveUpdates;
import nl.reflectiewerkplaats.notes.SharedNoteService;
import nl.reflectiewerkplaats.notes.ui.SharedNotes;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundProgress;
import nl.reflectiewerkplaats.round.RoundService;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import nl.reflectiewerkplaats.casework.ui.Headcount;
import nl.reflectiewerkplaats.round.ui.StoppedRounds;

/**
 * Werkkaart 6, another language: feeling cards picked in silence and laid on the table
 * together, and the "nieuwe woorden" the group coins along the way.
 */
public class LanguagePanel extends Div {

    private final FeelingCardsService service;
    private final RoundService rounds;
    private final FeelingCards cards;
    private final CardCatalog catalog;
    private final SessionContext context;
    private final Div body = new Div();
    private final Span progress = new Span();
    private Round round;

    public LanguagePanel(FeelingCardsService service, RoundService rounds, SharedNoteService notes, CardCatalog catalog,
                         CaseBroadcaster broadcaster, SessionContext context) {
        this.service = service;
        this.rounds = rounds;
        this.cards = catalog.feelingCards();
        this.catalog = catalog;
        this.context = context;
        addClassName("rw-language-panel");
        Span kicker = new Span(getTranslation("cards.werkkaartNumber", 6));
        kicker.addClassName("rw-kicker");
        Paragraph intro = new Paragraph(cards.intro());
        intro.addClassName("rw-intro");
        Paragraph source = new Paragraph(getTranslation("cards.source", cards.source().publication(), cards.source().section()));
        source.addClassName("rw-source");
        progress.addClassName("rw-round-progress");
        add(kicker, new H3(getTranslation("language.title")), intro, body,
                new SharedNotes(notes, broadcaster, context, "nieuwe-woorden:" + context.meetingId(),
                        getTranslation("language.newWords")), source);
        addAttachListener(e -> show(rounds.current(context.actor(), context.caseId(), context.meetingId())
                .filter(FeelingCardsService.ROUND::owns).orElse(null)));
        CurrentRound.follow(this, broadcaster, context.caseId(), context.actor(), context.meetingId(),
                FeelingCardsService.ROUND::owns, () -> round, changed -> round = changed, this::show);
        if (context.moderator()) {
            LiveUpdates.bind(this, broadcaster, context.caseId(), context.actor(), RoundProgress.class, e -> {
                if (round != null && round.getId().equals(e.roundId())) {
                    progress.setText(getTranslation("language.progress", e.answeredBy().size(),
                            Headcount.outOf(context.actor(), context.meetingId(), e.answeredBy().size())));
                }
            });
        }
    }

    private void show(Round current) {
        this.round = current;
        body.removeAll();
        if (current == null) {
            showNoRound();
        } else if (current.isRevealed()) {
            showTable();
            if (context.moderator()) {
                Button finish = new FinishRoundButton(rounds, context.actor(), current, () -> show(null));
                facilitatorBar(finish);
            }
        } else if (context.moderator()) {
            progress.setText(getTranslation("language.progress", 0,
                    Headcount.outOf(context.actor(), context.meetingId(), 0)));
            Button reveal = new Button(getTranslation("language.reveal"), VaadinIcon.EYE.create(), e ->
                    Confirm.step(this, getTranslation("language.reveal"), getTranslation("language.revealConfirm"),
                            getTranslation("language.reveal"), () -> Messages.attempt(this,
                                    () -> show(rounds.reveal(context.actor(), current.getId())))));
            reveal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            facilitatorBar(new Span(getTranslation("language.facilitatorHint")), progress, reveal);
        } else {
            showCards(current);
        }
    }

    private void facilitatorBar(Component... parts) {
        Div bar = new Div(parts);
        bar.addClassName("rw-facilitator-bar");
        body.add(bar);
    }

    /** No round: the facilitator can start one (and reveal a stopped one); the others wait. */
    private void showNoRound() {
        if (context.moderator()) {
            RevealModeField mode = new RevealModeField(Round.RevealMode.ANONYMOUS);
            Button start = new Button(getTranslation("language.start"), VaadinIcon.PLAY.create(),
                    e -> Messages.attempt(this, () -> show(service.open(context.actor(), context.caseId(),
                            context.meetingId(), mode.getValue()))));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            facilitatorBar(mode, start);
            body.add(new StoppedRounds(rounds, context.actor(), context.caseId(),
                    FeelingCardsService.ROUND.topic(), r -> getTranslation("round.stopped.feelings")));
        } else {
            body.add(EmptyState.of(this, "language.none.title", "language.none.text"));
        }
    }

    /** The cards to pick from in silence: words, then pictures; only one's own picks show. */
    private void showCards(Round current) {
        List<String> chosen = new ArrayList<>(service.mine(context.actor(), current.getId())
                .map(FeelingPick::getWords).orElse(List.of()));
        Paragraph hint = new Paragraph(getTranslation("language.pickHint", FeelingPick.MAX_CARDS));
        hint.addClassName("rw-round-status");
        Div grid = new Div();
        grid.addClassName("rw-feeling-grid");
        for (String word : cards.words()) {
            grid.add(pickable(new Button(word), word, chosen, current));
        }
        Div pictures = new Div();
        pictures.addClassName("rw-feeling-grid");
        pictures.addClassName("rw-image-cards");
        for (FeelingCards.ImageCard image : cards.images()) {
            Button card = new Button(imageCard(image));
            card.addClassName("rw-image-card");
            card.setAriaLabel(image.label());
            pictures.add(pickable(card, FeelingCards.IMAGE_PREFIX + image.id(), chosen, current));
        }
        Paragraph privacy = new Paragraph(getTranslation("language.private"));
        privacy.addClassName("rw-muted");
        H4 picturesTitle = new H4(
                getTranslation("language.imageCards"));
        body.add(hint, grid, picturesTitle, pictures, privacy);
    }

    /** A card that is picked or put back with a tap; {@code chosen} holds what is picked now. */
    private Button pickable(Button card, String key, List<String> chosen, Round current) {
        card.addClassName("rw-feeling-card");
        card.getElement().setAttribute("aria-pressed", String.valueOf(chosen.contains(key)));
        card.addClickListener(e -> {
            List<String> next = new ArrayList<>(chosen);
            if (!next.remove(key)) {
                next.add(key);
            }
            Messages.attemptThen(this, () -> service.pick(context.actor(), current.getId(), next), () -> {
                chosen.clear();
                chosen.addAll(next);
                card.getElement().setAttribute("aria-pressed", String.valueOf(chosen.contains(key)));
            });
        });
        return card;
    }

    private void showTable() {
        Map<String, List<String>> table = service.table(context.actor(), round.getId());
        Div grid = new Div();
        grid.addClassName("rw-feeling-grid");
        grid.addClassName("rw-feeling-revealed");
        table.forEach((word, who) -> {
            Span count = new Span(String.valueOf(who.size()));
            count.addClassName("rw-feeling-count");
            Div card = cards.image(word).map(image -> {
                Div c = new Div(imageCard(image), count);
                c.addClassName("rw-image-card");
                return c;
            }).orElseGet(() -> new Div(new Span(word), count));
            card.addClassName("rw-feeling-card");
            String names = String.join(", ", who.stream().filter(n -> !n.isEmpty()).toList());
            if (!names.isEmpty()) {
                Span by = new Span(names);
                by.addClassName("rw-feeling-names");
                card.add(by);
            }
            grid.add(card);
        });
        if (table.isEmpty()) {
            body.add(new Paragraph(getTranslation("language.noneChosen")));
        }
        body.add(new Paragraph(getTranslation("language.revealed")), grid);
    }

    /** An image card: our own picture with its label underneath. */
    private Div imageCard(FeelingCards.ImageCard image) {
        Image picture = new Image(
                catalog.imageCardPicture(image.id()), image.label());
        picture.addClassName("rw-image-card-picture");
        Span label = new Span(image.label());
        label.addClassName("rw-image-card-label");
        return new Div(picture, label);
    }
}
