package nl.reflectiewerkplaats.circles;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.Addition;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.NotFoundException;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.live.CaseSupport;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The three circles of a case. Anyone in the meeting adds points (within each circle's
 * limits) and writes the arrows; authors change or remove their own points, whoever leads
 * any. Every change is stored first, then the changed circle is published on the live path.
 */
@Service
@RequiredArgsConstructor
public class CirclesService {

    private static final int ATTEMPTS = 5;

    private final CircleSheetRepository sheets;
    private final CaseSupport support;

    /** The three circles, in order (empty ones too). */
    public List<CircleState> circles(Actor actor, String caseId) {
        support.access().check(actor, caseId, CaseAction.READ);
        Map<Circle, CircleState> byCircle = new EnumMap<>(Circle.class);
        sheets.findByCaseId(caseId).forEach(s -> byCircle.put(s.state().circle(), s.state()));
        return Arrays.stream(Circle.values())
                .map(c -> byCircle.getOrDefault(c, CircleSheet.empty(caseId, c))).toList();
    }

    /** Adds a point; refused with a message naming the limit when the circle holds enough of this mark. */
    @Addition
    public CircleState addPoint(Actor actor, String caseId, String meetingId, Circle circle, Mark mark, String text) {
        support.access().check(actor, caseId, CaseAction.CONTRIBUTE);
        if (circle == null || mark == null) {
            throw new InvalidInputException("error.input.required", "field.circles.point");
        }
        String body = Texts.required(text, CircleSheet.TEXT_MAX_LENGTH, "field.circles.point");
        return change(caseId, circle, sheet -> {
            if (sheet.count(mark) >= mark.limit()) {
                throw new InvalidInputException("error.circles.full." + mark, "field.circles." + circle, mark.limit());
            }
            sheet.add(mark, body, actor.id(), actor.displayName(), meetingId, support.now());
        });
    }

    /**
     * Rewrites a point. {@code expectedRevision} is the revision the editor started from;
     * if someone changed the point since, nothing is written and a {@link StaleEditException}
     * carries the circle as stored now.
     */
    public CircleState editPoint(Actor actor, String caseId, Circle circle, String pointId, long expectedRevision,
                                 String text) {
        support.access().check(actor, caseId, CaseAction.CONTRIBUTE);
        String body = Texts.required(text, CircleSheet.TEXT_MAX_LENGTH, "field.circles.point");
        return change(caseId, circle, sheet -> {
            CircleSheet.Entry entry = ownEntry(actor, caseId, sheet, pointId, expectedRevision, "error.circles.stale");
            sheet.rewrite(entry, body, support.now());
        });
    }

    /** Removes a point, unless someone changed it since the remover saw it (then as {@link #editPoint}). */
    public CircleState removePoint(Actor actor, String caseId, Circle circle, String pointId, long expectedRevision) {
        support.access().check(actor, caseId, CaseAction.CONTRIBUTE);
        return change(caseId, circle, sheet -> {
            CircleSheet.Entry entry = ownEntry(actor, caseId, sheet, pointId, expectedRevision,
                    "error.circles.staleRemove");
            sheet.remove(entry, support.now());
        });
    }

    /**
     * Writes the arrow from {@code circle} to the next one (how they influence each other);
     * empty clears it. A write that started from another revision than the stored one is
     * refused with the circle as stored now.
     */
    public CircleState writeArrow(Actor actor, String caseId, String meetingId, Circle circle, long expectedRevision,
                                  String text) {
        support.access().check(actor, caseId, CaseAction.CONTRIBUTE);
        String body = Texts.optional(text, CircleSheet.ARROW_MAX_LENGTH, "field.circles.arrow");
        return change(caseId, circle, sheet -> {
            if (sheet.arrowRevision() != expectedRevision) {
                throw new StaleEditException("error.circles.arrowStale", sheet.state());
            }
            sheet.writeArrow(body, support.now());
        });
    }

    private CircleSheet.Entry ownEntry(Actor actor, String caseId, CircleSheet sheet, String pointId,
                                       long expectedRevision, String staleKey) {
        CircleSheet.Entry entry = sheet.entry(pointId).orElseThrow(() -> new NotFoundException("error.circles.gone"));
        support.access().checkOwnOrModerate(actor, caseId, entry.authorId);
        if (entry.revision != expectedRevision) {
            throw new StaleEditException(staleKey, sheet.state());
        }
        return entry;
    }

    /** Reads the circle (or starts it), applies the change and saves; a lost race is applied again. */
    private CircleState change(String caseId, Circle circle, Consumer<CircleSheet> change) {
        if (circle == null) {
            throw new InvalidInputException("error.input.required", "field.circles.circle");
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            CircleSheet sheet = sheets.findByCaseIdAndCircle(caseId, circle)
                    .orElseGet(() -> new CircleSheet(caseId, circle));
            change.accept(sheet);
            try {
                CircleState saved = sheets.save(sheet).state();
                support.publish(new CircleChanged(caseId, saved));
                return saved;
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                // someone else changed this circle at the same moment: apply the change to their state
            }
        }
        throw new InvalidInputException("error.circles.busy");
    }
}
