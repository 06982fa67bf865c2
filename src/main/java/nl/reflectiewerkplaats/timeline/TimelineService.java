package nl.reflectiewerkplaats.timeline;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.Addition;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.NotFoundException;
import nl.reflectiewerkplaats.base.StaleEditException;
import nl.reflectiewerkplaats.base.Stored;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.instrument.history.ChangeJournal;
import nl.reflectiewerkplaats.instrument.history.DocumentChange;
import nl.reflectiewerkplaats.live.CaseSupport;
import nl.reflectiewerkplaats.live.ChangeKind;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The one timeline of a case (werkkaart 3), lasting across its meetings: events,
 * marked periods and gaps, the lane split, the facilitator's lock and "kijk hier".
 * Every change is stored first and then published on the live path. Other
 * instruments place their events here with {@link #addLinkedEvent}.
 */
@Service
@RequiredArgsConstructor
public class TimelineService {

    /** Shared-notes topics of the two reflection questions beside the timeline. */
    public static final String NOTES_SEE = "tijdlijn:wat-zien-we";
    public static final String NOTES_FEEL = "tijdlijn:wat-doet-het";

    /** Dates further ahead than this ask the person to confirm. */
    public static final int FAR_FUTURE_YEARS = 1;
    /** Dates before this year are refused as typing errors. */
    public static final int EARLIEST_YEAR = 1900;

    private static final String STALE = "error.timeline.stale";

    private final TimelineRepository timelines;
    private final TimelineEventRepository events;
    private final TimelinePeriodRepository periods;
    private final TimelineGapRepository gaps;
    private final CaseSupport support;
    private final ChangeJournal history;

    // ---- reading

    /** The timeline's settings; a case that has none yet gets one. */
    public TimelineSettings timeline(Actor actor, String caseId) {
        support.access().check(actor, caseId, CaseAction.READ);
        return settingsOf(caseId).settings();
    }

    /** All events of the case, in date order. */
    public List<TimelineEvent> events(Actor actor, String caseId) {
        support.access().check(actor, caseId, CaseAction.READ);
        return events.findByCaseIdOrderByDateAscCreatedAtAsc(caseId);
    }

    public List<TimelinePeriod> periods(Actor actor, String caseId) {
        support.access().check(actor, caseId, CaseAction.READ);
        return periods.findByCaseIdOrderByStartAsc(caseId);
    }

    public List<TimelineGap> gaps(Actor actor, String caseId) {
        support.access().check(actor, caseId, CaseAction.READ);
        return gaps.findByCaseIdOrderByAtAsc(caseId);
    }

    /** The events that came from one source item (e.g. one interview), in date order. */
    public List<TimelineEvent> eventsFromSource(Actor actor, String caseId, String sourceType, String sourceId) {
        support.access().check(actor, caseId, CaseAction.READ);
        return events.findByCaseIdAndSourceTypeAndSourceId(caseId, sourceType, sourceId).stream()
                .sorted(Comparator.comparing(e -> e.getDate().date())).toList();
    }

    // ---- events

    /**
     * Adds an event typed on the timeline.
     *
     * @param meetingId the meeting it is added in, or null when prepared outside one
     */
    @Addition
    public TimelineEvent addEvent(Actor actor, String caseId, String meetingId, TimelineEventDraft draft) {
        return addLinkedEvent(actor, caseId, meetingId, draft, null, null, null);
    }

    /**
     * Places an event that comes from another instrument on the case's timeline, linked
     * back to its source; the timeline shows where it came from. Same rules as
     * {@link #addEvent} (access, lock, date checks).
     *
     * @param sourceType e.g. "interview" or "genogram"
     * @param sourceId   the id of the source item
     */
    @Addition
    public TimelineEvent addLinkedEvent(Actor actor, String caseId, String meetingId, TimelineEventDraft draft,
                                        String sourceType, String sourceId) {
        return addLinkedEvent(actor, caseId, meetingId, draft, sourceType, sourceId, null);
    }

    /**
     * As {@link #addLinkedEvent(Actor, String, String, TimelineEventDraft, String, String)}, with a short
     * name of the source for people (e.g. "moeder" for "uit het interview met moeder").
     */
    @Addition
    public TimelineEvent addLinkedEvent(Actor actor, String caseId, String meetingId, TimelineEventDraft draft,
                                        String sourceType, String sourceId, String sourceLabel) {
        checkWrite(actor, caseId);
        TimelineEvent event = new TimelineEvent(caseId, meetingId, actor.id(), actor.displayName(), support.now());
        write(event, draft);
        if (sourceType != null) {
            event.link(Texts.required(sourceType, 40, "field.timeline.source"),
                    Texts.required(sourceId, 100, "field.timeline.source"),
                    sourceLabel == null || sourceLabel.isBlank() ? null
                            : Texts.optional(sourceLabel, 120, "field.timeline.source"));
        }
        TimelineEvent saved = events.save(event);
        history.record(actor, caseId, meetingId, DocumentChange.added(TimelineHistory.AREA, TimelineHistory.EVENT,
                saved.getId(), saved, saved.getTitle()));
        support.publish(new TimelineEvents.EventChanged(caseId, ChangeKind.ADDED, saved));
        return saved;
    }

    /**
     * Rewrites an event. {@code expectedVersion} is the version the editor started
     * from; if someone changed it since, nothing is written and a
     * {@link StaleEditException} carries the current event. If someone removed it, a
     * {@link NotFoundException} says so.
     */
    public TimelineEvent editEvent(Actor actor, String eventId, long expectedVersion, TimelineEventDraft draft) {
        TimelineEvent event = find(eventId);
        checkWrite(actor, event.getCaseId());
        Stored.checkVersion(event, expectedVersion, STALE);
        Object before = history.snapshot(event);
        write(event, draft);
        return saveChanged(actor, event, before);
    }

    /** Moves an event to another date (drag on the axis, or the arrow keys); keeps its precision. */
    public TimelineEvent moveEvent(Actor actor, String eventId, long expectedVersion, LocalDate newDate) {
        TimelineEvent event = find(eventId);
        checkWrite(actor, event.getCaseId());
        Stored.checkVersion(event, expectedVersion, STALE);
        Object before = history.snapshot(event);
        EventDate old = event.getDate();
        EventDate moved = new EventDate(newDate, old.precision(), old.approximate());
        checkDate(moved, true);
        event.setDate(moved);
        return saveChanged(actor, event, before);
    }

    public void removeEvent(Actor actor, String eventId) {
        TimelineEvent event = find(eventId);
        checkWrite(actor, event.getCaseId());
        events.delete(event);
        history.record(actor, event.getCaseId(), null, DocumentChange.removed(TimelineHistory.AREA,
                TimelineHistory.EVENT, event.getId(), event, event.getTitle()));
        support.publish(new TimelineEvents.EventChanged(event.getCaseId(), ChangeKind.REMOVED, event));
    }

    /**
     * The source item is gone (e.g. an interview or a person in the geno-sociogram was
     * removed): its events stay on the timeline, without the link.
     *
     * @return how many events were unlinked
     */
    public int unlinkSource(Actor actor, String caseId, String sourceType, String sourceId) {
        support.access().check(actor, caseId, CaseAction.CONTRIBUTE);
        int count = 0;
        for (TimelineEvent event : events.findByCaseIdAndSourceTypeAndSourceId(caseId, sourceType, sourceId)) {
            Object before = history.snapshot(event);
            event.link(null, null, null);
            saveChanged(actor, event, before);
            count++;
        }
        return count;
    }

    // ---- settings (the facilitator)

    /** Switches the lanes for everyone; nothing about the events changes. */
    public TimelineSettings setLaneMode(Actor actor, String caseId, LaneMode mode) {
        support.access().check(actor, caseId, CaseAction.MODERATE);
        if (mode == null) {
            throw new InvalidInputException("error.timeline.noLaneMode");
        }
        return changeSettings(caseId, t -> t.setLaneMode(mode));
    }

    /** Locks the timeline (participants read only) or opens it again. */
    public TimelineSettings setLocked(Actor actor, String caseId, boolean locked) {
        support.access().check(actor, caseId, CaseAction.MODERATE);
        return changeSettings(caseId, t -> t.setLocked(locked));
    }

    /** Lights one event up for everyone ("kijk hier"); null puts the light out. */
    public TimelineSettings highlight(Actor actor, String caseId, String eventId) {
        support.access().check(actor, caseId, CaseAction.MODERATE);
        if (eventId != null && !find(eventId).getCaseId().equals(caseId)) {
            throw new NotFoundException("error.timeline.gone");
        }
        return changeSettings(caseId, t -> t.setHighlightedEventId(eventId));
    }

    // ---- periods

    @Addition
    public TimelinePeriod addPeriod(Actor actor, String caseId, String meetingId, LocalDate start, LocalDate end,
                                    String name) {
        checkWrite(actor, caseId);
        if (start == null || end == null) {
            throw new InvalidInputException("error.timeline.periodDates");
        }
        if (end.isBefore(start)) {
            LocalDate swap = start;
            start = end;
            end = swap;
        }
        checkYear(start);
        checkYear(end);
        String text = Texts.required(name, TimelinePeriod.NAME_MAX_LENGTH, "field.timeline.periodName");
        TimelinePeriod saved = periods.save(new TimelinePeriod(null, caseId, meetingId, start, end, text, actor.id(),
                actor.displayName(), support.now()));
        history.record(actor, caseId, meetingId, DocumentChange.added(TimelineHistory.AREA, TimelineHistory.PERIOD,
                saved.id(), saved, saved.name()));
        support.publish(new TimelineEvents.PeriodChanged(caseId, ChangeKind.ADDED, saved));
        return saved;
    }

    public void removePeriod(Actor actor, String periodId) {
        TimelinePeriod period = Stored.get(periods, periodId, "error.timeline.periodGone");
        checkWrite(actor, period.caseId());
        periods.delete(period);
        history.record(actor, period.caseId(), null, DocumentChange.removed(TimelineHistory.AREA,
                TimelineHistory.PERIOD, period.id(), period, period.name()));
        support.publish(new TimelineEvents.PeriodChanged(period.caseId(), ChangeKind.REMOVED, period));
    }

    // ---- gaps

    /** "Ontbreekt er iets?": a question mark at a point in time. */
    @Addition
    public TimelineGap flagGap(Actor actor, String caseId, String meetingId, LocalDate at, String question) {
        checkWrite(actor, caseId);
        if (at == null) {
            throw new InvalidInputException("error.timeline.noDate");
        }
        checkYear(at);
        String text = Texts.optional(question, TimelineGap.QUESTION_MAX_LENGTH, "field.timeline.gapQuestion");
        TimelineGap saved = gaps.save(new TimelineGap(caseId, meetingId, at, text, actor.id(), actor.displayName(),
                support.now()));
        history.record(actor, caseId, meetingId, DocumentChange.added(TimelineHistory.AREA, TimelineHistory.GAP,
                saved.getId(), saved, TimelineHistory.label(saved)));
        support.publish(new TimelineEvents.GapChanged(caseId, ChangeKind.ADDED, saved.view()));
        return saved;
    }

    /** Fills a gap with an event: the event is added, the question mark names it and closes. */
    public TimelineEvent fillGap(Actor actor, String gapId, String meetingId, TimelineEventDraft draft) {
        TimelineGap gap = gap(gapId);
        if (!gap.isOpen()) {
            throw new InvalidInputException("error.timeline.gapFilled");
        }
        TimelineEvent event = addEvent(actor, gap.getCaseId(), meetingId, draft);
        Object before = history.snapshot(gap);
        gap.fill(event.getId());
        try {
            gaps.save(gap);
            history.record(actor, gap.getCaseId(), meetingId, DocumentChange.changed(TimelineHistory.AREA,
                    TimelineHistory.GAP, gap.getId(), before, gap, TimelineHistory.label(gap)));
        } catch (OptimisticLockingFailureException e) {
            // someone filled or removed it at the same moment: the event stays, the gap is as they left it
            return event;
        }
        support.publish(new TimelineEvents.GapChanged(gap.getCaseId(), ChangeKind.UPDATED, gap.view()));
        return event;
    }

    public void removeGap(Actor actor, String gapId) {
        TimelineGap gap = gap(gapId);
        checkWrite(actor, gap.getCaseId());
        gaps.delete(gap);
        history.record(actor, gap.getCaseId(), null, DocumentChange.removed(TimelineHistory.AREA, TimelineHistory.GAP,
                gap.getId(), gap, TimelineHistory.label(gap)));
        support.publish(new TimelineEvents.GapChanged(gap.getCaseId(), ChangeKind.REMOVED, gap.view()));
    }

    // ---- rules

    /** Contributors may write unless the facilitator locked the timeline; the facilitator always may. */
    void checkWrite(Actor actor, String caseId) {
        support.access().check(actor, caseId, CaseAction.CONTRIBUTE);
        if (!support.access().allows(actor, caseId, CaseAction.MODERATE) && settingsOf(caseId).isLocked()) {
            throw new InvalidInputException("error.timeline.locked");
        }
    }

    private void write(TimelineEvent event, TimelineEventDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("error.timeline.noDate");
        }
        checkDate(draft.date(), draft.farFutureConfirmed());
        if (draft.kind() == null) {
            throw new InvalidInputException("error.timeline.noKind");
        }
        String title = Texts.required(draft.title(), TimelineEvent.TITLE_MAX_LENGTH, "field.timeline.title");
        String description = Texts.optional(draft.description(), TimelineEvent.DESCRIPTION_MAX_LENGTH,
                "field.timeline.description");
        String who = Texts.optional(draft.who(), TimelineEvent.WHO_MAX_LENGTH, "field.timeline.who");
        Party party = draft.party() == null ? draft.kind().defaultParty() : draft.party();
        event.apply(draft.date(), title, description, who, draft.kind(), party);
    }

    private void checkDate(EventDate date, boolean farFutureConfirmed) {
        if (date == null || date.date() == null || date.precision() == null) {
            throw new InvalidInputException("error.timeline.noDate");
        }
        checkYear(date.date());
        if (!farFutureConfirmed && date.date().isAfter(support.today().plusYears(FAR_FUTURE_YEARS))) {
            throw new FarFutureDateException();
        }
    }

    private static void checkYear(LocalDate date) {
        if (date.getYear() < EARLIEST_YEAR || date.getYear() > 2200) {
            throw new InvalidInputException("error.timeline.implausibleDate", EARLIEST_YEAR);
        }
    }

    private TimelineEvent saveChanged(Actor actor, TimelineEvent event, Object before) {
        event.touched(actor.displayName(), support.now());
        TimelineEvent saved = Stored.saveUnlessStale(events, event, STALE, () -> find(event.getId()));
        history.record(actor, saved.getCaseId(), null, DocumentChange.changed(TimelineHistory.AREA,
                TimelineHistory.EVENT, saved.getId(), before, saved, saved.getTitle()));
        support.publish(new TimelineEvents.EventChanged(saved.getCaseId(), ChangeKind.UPDATED, saved));
        return saved;
    }

    private TimelineEvent find(String eventId) {
        return Stored.get(events, eventId == null ? "" : eventId, "error.timeline.gone");
    }

    private TimelineGap gap(String gapId) {
        return Stored.get(gaps, gapId, "error.timeline.gapGone");
    }

    private Timeline settingsOf(String caseId) {
        return timelines.findByCaseId(caseId).orElseGet(() -> {
            try {
                return timelines.save(new Timeline(caseId));
            } catch (DuplicateKeyException e) {
                return timelines.findByCaseId(caseId).orElseThrow();
            }
        });
    }

    private TimelineSettings changeSettings(String caseId, Consumer<Timeline> change) {
        // someone else may change a setting at the same moment: ours is applied to theirs
        TimelineSettings saved = Stored.update(timelines, () -> settingsOf(caseId), change, "error.timeline.busy")
                .settings();
        support.publish(new TimelineEvents.SettingsChanged(caseId, saved));
        return saved;
    }
}
