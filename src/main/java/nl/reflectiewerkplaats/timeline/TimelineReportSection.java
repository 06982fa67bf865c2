package nl.reflectiewerkplaats.timeline;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.reflectiewerkplaats.instrument.report.ReportBlock;
import nl.reflectiewerkplaats.instrument.report.ReportContext;
import nl.reflectiewerkplaats.instrument.report.ReportSection;
import nl.reflectiewerkplaats.notes.NotesReport;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The case's timeline in the report: the picture, events in date order with kind and lane, periods, open questions. */
@Component
@Order(300)
record TimelineReportSection(TimelineService timeline, NotesReport notes) implements ReportSection {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.of("nl", "NL"));
    private static final Map<EventKind, String> KINDS = Map.of(
            EventKind.DECISION, "beslismoment in de hulpverlening",
            EventKind.CONTACT, "cruciaal contact",
            EventKind.FAMILY_FACT, "gebeurtenis in het gezin",
            EventKind.NEED_STATEMENT, "uitspraak over wat nodig is",
            EventKind.EXPERIENCE, "uitspraak over de beleving");

    @Override
    public List<ReportBlock> blocks(ReportContext context) {
        var actor = context.actor();
        String caseId = context.caseId();
        List<TimelineEvent> events = timeline.events(actor, caseId);
        List<TimelinePeriod> periods = timeline.periods(actor, caseId);
        List<TimelineGap> gaps = timeline.gaps(actor, caseId).stream().filter(TimelineGap::isOpen).toList();
        if (events.isEmpty() && periods.isEmpty() && gaps.isEmpty()) {
            return List.of();
        }
        LaneMode mode = timeline.timeline(actor, caseId).laneMode();
        boolean parties = mode == LaneMode.PARTIES;
        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(ReportBlock.heading("Tijdlijn"));
        blocks.add(ReportBlock.small(events.size() + " gebeurtenissen. Indeling: " + (parties
                ? "professionals boven de lijn, gezin eronder."
                : "formele acties en feiten boven de lijn, beleving en uitspraken eronder.")
                + " Nieuw in deze bijeenkomst: gemarkeerd met *."));
        if (!events.isEmpty()) {
            blocks.add(new TimelineReportPicture(events, periods, gaps, mode).drawing());
            blocks.add(ReportBlock.small(TimelineReportPicture.legend()));
        }
        blocks.add(new ReportBlock.Bullets(events.stream().map(e -> line(e, mode, context.meetingId())).toList()));
        if (!periods.isEmpty()) {
            blocks.add(ReportBlock.subheading("Gemarkeerde perioden"));
            blocks.add(new ReportBlock.Bullets(periods.stream().map(p -> p.name() + ": " + DATE.format(p.start())
                    + " – " + DATE.format(p.end())).toList()));
        }
        if (!gaps.isEmpty()) {
            blocks.add(ReportBlock.subheading("Ontbreekt er iets? (open vragen)"));
            blocks.add(new ReportBlock.Bullets(gaps.stream().map(g -> DATE.format(g.getAt())
                    + (g.getQuestion().isBlank() ? "" : ": " + g.getQuestion())).toList()));
        }
        blocks.addAll(notes.under("Wat zien we?", context, TimelineService.NOTES_SEE));
        blocks.addAll(notes.under("Wat doet dit met ons?", context, TimelineService.NOTES_FEEL));
        return blocks;
    }

    /** One event: date, title, kind and lane, who, where it came from; * when new in this meeting. */
    private static String line(TimelineEvent e, LaneMode mode, String meetingId) {
        boolean parties = mode == LaneMode.PARTIES;
        String lane = mode.above(e) ? (parties ? "professionals" : "boven: formeel") : (parties ? "gezin" : "onder: beleving");
        StringBuilder line = new StringBuilder(e.getDate().label()).append(" — ").append(e.getTitle())
                .append(" (").append(KINDS.get(e.getKind())).append("; ").append(lane).append(")");
        if (!e.getWho().isBlank()) {
            line.append(" · ").append(e.getWho());
        }
        if (e.isLinked()) {
            line.append(" · uit ").append("interview".equals(e.getSourceType()) ? "het interview met "
                            : "genogram".equals(e.getSourceType()) ? "het geno-sociogram: " : e.getSourceType() + ": ")
                    .append(e.getSourceLabel() == null ? "" : e.getSourceLabel());
        }
        if (meetingId.equals(e.getMeetingId())) {
            line.append(" *");
        }
        return line.toString();
    }
}
