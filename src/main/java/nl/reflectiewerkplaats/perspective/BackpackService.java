package nl.reflectiewerkplaats.perspective;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.Addition;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.Stored;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.live.CaseSupport;
import org.springframework.stereotype.Service;

/** Werkkaart 5, way 2: the rugzak that fills up with well-meant advice. */
@Service
@RequiredArgsConstructor
public class BackpackService {

    private final BackpackRepository backpacks;
    private final BookRepository books;
    private final CaseSupport support;

    /** The facilitator hands the rugzak to a participant, who stands in for a family member. */
    public Backpack start(Actor actor, String caseId, String meetingId, String carrierId, String carrierName,
                          String familyRole) {
        support.access().check(actor, caseId, CaseAction.MODERATE);
        if (carrierId == null || carrierId.isBlank()) {
            throw new InvalidInputException("error.input.required", "field.carrier");
        }
        String role = Texts.required(familyRole, Backpack.ROLE_MAX_LENGTH, "field.familyRole");
        // the carrier's name as the people list shows it: name and role (at most 60 + 80 and a bracket pair)
        carrierName = Texts.optional(carrierName, 150, "field.carrier");
        for (Backpack earlier : backpacks.findByMeetingIdOrderByStartedAtDesc(meetingId)) {
            if (earlier.getPhase() != Backpack.Phase.CLOSED) {
                earlier.setPhase(Backpack.Phase.CLOSED);
                backpacks.save(earlier);
            }
        }
        Backpack saved = backpacks.save(new Backpack(caseId, meetingId, carrierId, carrierName, role, support.now()));
        announce(saved);
        return saved;
    }

    public Optional<Backpack> current(Actor actor, String caseId, String meetingId) {
        support.access().check(actor, caseId, CaseAction.READ);
        return backpacks.findByMeetingIdOrderByStartedAtDesc(meetingId).stream()
                .filter(b -> b.getPhase() != Backpack.Phase.CLOSED && caseId.equals(b.getCaseId())).findFirst();
    }

    /** Every rugzak of the case, oldest first, with its books: kept and readable later. */
    public List<Map.Entry<Backpack, List<Book>>> history(Actor actor, String caseId) {
        support.access().check(actor, caseId, CaseAction.READ);
        return backpacks.findByCaseIdOrderByStartedAtAsc(caseId).stream()
                .map(b -> Map.entry(b, books.findByBackpackIdOrderByAddedAtAsc(b.getId()))).toList();
    }

    public List<Book> books(Actor actor, String backpackId) {
        Backpack backpack = find(backpackId);
        support.access().check(actor, backpack.getCaseId(), CaseAction.READ);
        return books.findByBackpackIdOrderByAddedAtAsc(backpackId);
    }

    /** One piece of advice per person at a time; the carrier receives, and does not add. */
    @Addition
    public Book addBook(Actor actor, String backpackId, String advice) {
        Backpack backpack = find(backpackId);
        support.access().check(actor, backpack.getCaseId(), CaseAction.CONTRIBUTE);
        if (backpack.getPhase() != Backpack.Phase.FILLING) {
            throw new InvalidInputException("error.backpack.notFilling");
        }
        if (actor.id().equals(backpack.getCarrierId())) {
            throw new InvalidInputException("error.backpack.carrierReceives");
        }
        String text = Texts.required(advice, Book.TEXT_MAX_LENGTH, "field.advice");
        boolean hasOneIn = books.findByBackpackIdOrderByAddedAtAsc(backpackId).stream()
                .anyMatch(b -> b.isInBackpack() && actor.id().equals(b.getAuthorId()));
        if (hasOneIn) {
            throw new InvalidInputException("error.backpack.oneEach");
        }
        Book saved = books.save(new Book(backpackId, backpack.getCaseId(), text, actor.id(), actor.displayName(),
                support.now()));
        announce(backpack);
        return saved;
    }

    /** Anyone may take a book out; it stays on record as taken out. */
    public Book takeOut(Actor actor, String bookId) {
        Book book = Stored.get(books, bookId, "error.backpack.bookGone");
        Backpack backpack = find(book.getBackpackId());
        support.access().check(actor, backpack.getCaseId(), CaseAction.CONTRIBUTE);
        if (!book.isInBackpack()) {
            throw new InvalidInputException("error.backpack.alreadyOut", book.getTakenOutBy());
        }
        book.takeOut(actor.displayName(), support.now());
        Book saved = Stored.save(books, book, "error.backpack.alreadyOut", "");
        announce(backpack);
        return saved;
    }

    /** Stops the filling: now both sides reflect. */
    public Backpack reflect(Actor actor, String backpackId) {
        return moveTo(actor, backpackId, Backpack.Phase.REFLECTING);
    }

    public Backpack close(Actor actor, String backpackId) {
        return moveTo(actor, backpackId, Backpack.Phase.CLOSED);
    }

    private Backpack moveTo(Actor actor, String backpackId, Backpack.Phase phase) {
        Backpack backpack = find(backpackId);
        support.access().check(actor, backpack.getCaseId(), CaseAction.MODERATE);
        backpack.setPhase(phase);
        Backpack saved = backpacks.save(backpack);
        announce(saved);
        return saved;
    }

    private Backpack find(String backpackId) {
        return Stored.get(backpacks, backpackId, "error.backpack.gone");
    }

    private void announce(Backpack backpack) {
        support.publish(new BackpackChanged(backpack.getCaseId(), backpack.getMeetingId(), backpack.getId()));
    }
}
