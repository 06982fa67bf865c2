package nl.reflectiewerkplaats.timeline;

import nl.reflectiewerkplaats.live.CaseEvent;
import nl.reflectiewerkplaats.live.ChangeKind;

/** The live events of the timeline: each carries only what changed. */
public final class TimelineEvents {

    private TimelineEvents() {
    }

    /** An event on the timeline was added, changed, moved or removed (carries it as stored, or as it was). */
    public record EventChanged(String caseId, ChangeKind kind, TimelineEvent event) implements CaseEvent {
    }

    /** The lane split, the lock or the highlighted event changed. */
    public record SettingsChanged(String caseId, TimelineSettings timeline) implements CaseEvent {
    }

    /** A marked period was added or removed; the period is an immutable record. */
    public record PeriodChanged(String caseId, ChangeKind kind, TimelinePeriod period) implements CaseEvent {
    }

    /** A gap ("ontbreekt er iets?") was flagged, filled or removed. */
    public record GapChanged(String caseId, ChangeKind kind, TimelineGapView gap) implements CaseEvent {
    }
}
