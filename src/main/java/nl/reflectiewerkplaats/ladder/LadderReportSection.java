package nl.reflectiewerkplaats.ladder;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import nl.reflectiewerkplaats.instrument.report.ReportSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The ladder in the session report, when the case was placed or its clock runs: the situation, the
 * way of working, who has the regie, the clock as counted on the day of the meeting (in weeks, without
 * the dates themselves) and the steps up and down.
 */
@Component
@Order(850)
record LadderReportSection(LadderService ladders) implements ReportSection {

    private static final Locale DUTCH = Locale.of("nl", "NL");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy", DUTCH);

    @Override
    public List<ReportBlock> blocks(ReportContext context) {
        LadderState ladder = ladders.ladder(context.actor(), context.caseId());
        EscalationClock.Reading clock = ladder.clock(context.meetingDate());
        if (ladder.rung() == null && clock.phase() == EscalationClock.Phase.NOT_RUNNING) {
            return List.of();
        }
        LadderContent content = ladders.content();
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(ReportBlock.heading(content.title()));
        List<String> facts = new ArrayList<>();
        if (ladder.rung() != null) {
            facts.add("Situatie: " + content.step(ladder.rung()).name());
        }
        if (ladder.approach() != null) {
            facts.add("Werkwijze: " + content.approach(ladder.approach()).name());
        }
        if (!ladder.director().isEmpty()) {
            facts.add("Regie: " + ladder.director());
        }
        if (clock.phase() != EscalationClock.Phase.NOT_RUNNING) {
            EscalationClock.Sentence sentence = clock.sentence();
            facts.add("Klok op de dag van de bijeenkomst: "
                    + new MessageFormat(context.texts().apply(sentence.key()), DUTCH).format(sentence.arguments()));
        }
        blocks.add(new ReportBlock.Bullets(facts));
        if (!ladder.moves().isEmpty()) {
            blocks.add(ReportBlock.subheading("Stappen op de ladder"));
            List<List<String>> rows = new ArrayList<>();
            for (LadderState.Move move : ladder.moves()) {
                rows.add(List.of(WHEN.format(move.at().atZone(DutchTime.ZONE)),
                        context.includeNames() ? move.byName() : "",
                        (move.from() == null ? "" : content.step(move.from()).name() + " → ")
                                + content.step(move.to()).name(),
                        move.reason()));
            }
            blocks.add(new ReportBlock.Table(List.of("Wanneer", "Wie", "Van → naar", "Waarom"),
                    List.of(1.2f, 1.3f, 2f, 4f), rows));
        }
        blocks.add(ReportBlock.after(content.source().publication(), content.source().section()));
        return blocks;
    }
}
