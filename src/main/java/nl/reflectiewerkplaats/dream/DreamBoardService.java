package nl.reflectiewerkplaats.dream;

import java.util.List;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.Addition;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.base.Stored;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.live.CaseSupport;
import nl.reflectiewerkplaats.live.ChangeKind;
import org.springframework.stereotype.Service;

/**
 * The "Vragen naar de droom" board of a case: anyone in the session adds answer
 * cards; authors change or remove their own, the facilitator any. Every change is
 * stored first and then published on the live path.
 */
@Service
@RequiredArgsConstructor
public class DreamBoardService {

    private final DreamCardRepository cards;
    private final CaseSupport support;
    private final CardCatalog catalog;

    public List<DreamCard> listCards(Actor actor, String caseId) {
        support.access().check(actor, caseId, CaseAction.READ);
        return cards.findByCaseIdOrderByCreatedAtAsc(caseId);
    }

    @Addition
    public DreamCard addCard(Actor actor, String caseId, String meetingId, DreamQuestion question, String text) {
        support.access().check(actor, caseId, CaseAction.CONTRIBUTE);
        checkQuestion(question);
        String body = Texts.required(text, DreamCard.TEXT_MAX_LENGTH, "field.cardText");
        DreamCard saved = cards.save(new DreamCard(caseId, meetingId, question, body, actor.id(), actor.displayName(),
                support.now()));
        support.publish(new DreamCardChanged(caseId, ChangeKind.ADDED, saved.view()));
        return saved;
    }

    /**
     * Rewrites a card. {@code expectedVersion} is the version the editor started
     * from; if someone changed the card since, nothing is written and a
     * {@link StaleEditException} carries the current card.
     */
    public DreamCard editCard(Actor actor, String cardId, long expectedVersion, String text) {
        DreamCard card = find(cardId);
        support.access().checkOwnOrModerate(actor, card);
        String body = Texts.required(text, DreamCard.TEXT_MAX_LENGTH, "field.cardText");
        Stored.checkVersion(card, expectedVersion, "error.card.stale");
        card.rewrite(body, support.now());
        DreamCard saved = Stored.saveUnlessStale(cards, card, "error.card.stale", () -> find(cardId));
        support.publish(new DreamCardChanged(saved.getCaseId(), ChangeKind.UPDATED, saved.view()));
        return saved;
    }

    public void removeCard(Actor actor, String cardId) {
        DreamCard card = find(cardId);
        support.access().checkOwnOrModerate(actor, card);
        Stored.deleteUnlessStale(cards, card, "error.card.staleRemove", () -> find(cardId));
        support.publish(new DreamCardChanged(card.getCaseId(), ChangeKind.REMOVED, card.view()));
    }

    private DreamCard find(String cardId) {
        return Stored.get(cards, cardId, "error.card.gone");
    }

    private void checkQuestion(DreamQuestion question) {
        int count = switch (question == null ? null : question.audience()) {
            case CHILD -> catalog.dreamQuestions().childQuestions().size();
            case PROFESSIONAL -> catalog.dreamQuestions().professionalQuestions().size();
            case null -> 0;
        };
        if (question == null || question.index() < 0 || question.index() >= count) {
            throw new InvalidInputException("error.card.unknownQuestion");
        }
    }
}
