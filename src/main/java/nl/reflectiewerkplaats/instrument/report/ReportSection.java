package nl.reflectiewerkplaats.instrument.report;

import java.util.List;
import nl.reflectiewerkplaats.round.Round;
import org.springframework.core.annotation.Order;
import org.springframework.core.annotation.OrderUtils;
import org.springframework.modulith.NamedInterface;

/**
 * An instrument's part of the session report. Each module registers its own section as a
 * bean (with its place as {@code @Order}); the report takes them all, in {@link #order()},
 * and knows none by name. Today: the opening 0, who took part and the agenda 100, dream
 * 200, timeline 300, diagrams 400, the rounds 500, backpack 600, new words 700, art 800,
 * closing 900.
 *
 * <p>The report first asks every section with an order below {@link #ROUNDS} for its
 * blocks, then walks the meeting's rounds in the order they were opened and asks every
 * section for the blocks of each round (a section answers only for its own rounds), then
 * asks the sections from {@link #ROUNDS} on. A section shows a round's answers only when
 * the round was revealed ({@link #notRevealed}).
 */
@NamedInterface("report")
public interface ReportSection {

    /** The place of the meeting's rounds among the sections. */
    int ROUNDS = 500;

    /** Lower comes first: the section's {@link Order @Order}, or {@link #ROUNDS} when it has none. */
    default int order() {
        return OrderUtils.getOrder(getClass(), ROUNDS);
    }

    /** This section's blocks for the meeting as a whole; none when it has nothing to say. */
    default List<ReportBlock> blocks(ReportContext context) {
        return List.of();
    }

    /** The blocks for one of the meeting's rounds, or none when the round is not this section's. */
    default List<ReportBlock> blocks(ReportContext context, Round round) {
        return List.of();
    }

    /** What the report says instead of the answers of a round that was not revealed. */
    static String notRevealed(Round round, String whileOpen) {
        return round.isStopped() ? "Deze ronde is gestopt zonder onthulling; de antwoorden blijven privé." : whileOpen;
    }
}
