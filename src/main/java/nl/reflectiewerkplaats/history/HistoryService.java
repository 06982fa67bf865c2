package nl.reflectiewerkplaats.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.NotFoundException;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.instrument.history.DocumentChange;
import nl.reflectiewerkplaats.instrument.history.HistoryTarget;
import nl.reflectiewerkplaats.live.CaseSupport;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The history of a case's shared instruments: the recent changes (who, when, what), undo and
 * restore. A participant undoes their own last change; the facilitator any change, and restores an
 * instrument ("area") to how it was at the end of an earlier meeting. An undo or a restore is a
 * change of its own (kept, and undoable). The instrument puts each document back through its
 * {@link HistoryTarget}, with the version check of an edit, and tells every view live.
 */
@Service
public class HistoryService {

    /** How many changes the list shows. */
    public static final int RECENT_CHANGES = HistoryHead.KEPT;

    private final ChangeRecordRepository records;
    private final ChangeStateRepository states;
    private final HistoryHeadRepository heads;
    private final HistoryJournal journal;
    private final List<HistoryTarget> targets;
    private final MeetingService meetings;
    private final CaseSupport support;

    HistoryService(ChangeRecordRepository records, ChangeStateRepository states, HistoryJournal journal, List<HistoryTarget> targets,
                   MeetingService meetings, CaseSupport support, HistoryHeadRepository heads) {
        this.heads = heads;
        this.states = states;
        this.records = records;
        this.journal = journal;
        this.targets = List.copyOf(targets);
        this.meetings = meetings;
        this.support = support;
    }

    /** How many changes of the case are kept (documents changed, all instruments). */
    public long size(Actor actor, String caseId) {
        support.access().check(actor, caseId, CaseAction.READ);
        return heads.findById(HistoryHead.idOf(caseId)).map(HistoryHead::getCount).orElse(0L);
    }

    /** The newest changes of one instrument of the case, newest first, with what the asking person may undo. */
    public List<HistoryEntry> recent(Actor actor, String caseId, String area) {
        support.access().check(actor, caseId, CaseAction.READ);
        boolean contributes = support.access().allows(actor, caseId, CaseAction.CONTRIBUTE);
        boolean moderates = support.access().allows(actor, caseId, CaseAction.MODERATE);
        List<HistoryHead.GroupSummary> groups = recentOf(caseId, area);
        Map<String, String> latestGroupOf = latestGroups(groups);
        String lastOwnGroup = groups.stream().filter(g -> actor.id().equals(g.actorId()))
                .map(HistoryHead.GroupSummary::groupId).findFirst().orElse(null);
        List<HistoryEntry> entries = new ArrayList<>();
        for (HistoryHead.GroupSummary g : groups) {
            String changedAfterBy = changedAfterBy(g, groups, latestGroupOf);
            boolean own = actor.id().equals(g.actorId());
            boolean undoable = contributes && changedAfterBy == null
                    && (moderates || own && g.groupId().equals(lastOwnGroup));
            entries.add(new HistoryEntry(g.groupId(), g.at(), g.actorName(), own, g.operation(), g.restoredTo(),
                    g.items().stream().map(i -> new HistoryEntry.Item(i.documentType(), i.kind(), i.label())).toList(),
                    undoable, changedAfterBy));
        }
        return entries;
    }

    private List<HistoryHead.GroupSummary> recentOf(String caseId, String area) {
        return heads.findById(HistoryHead.idOf(caseId)).map(h -> h.recent(area)).orElse(List.of());
    }

    /** Per document, the newest change of it among these (newest first). */
    private static Map<String, String> latestGroups(List<HistoryHead.GroupSummary> groups) {
        Map<String, String> latest = new HashMap<>();
        groups.forEach(g -> g.items().forEach(i -> latest.putIfAbsent(i.documentId(), g.groupId())));
        return latest;
    }

    /** Who changed one of the group's documents later, or null. */
    private static @Nullable String changedAfterBy(HistoryHead.GroupSummary g, List<HistoryHead.GroupSummary> groups,
                                                   Map<String, String> latestGroupOf) {
        return g.items().stream().map(i -> latestGroupOf.get(i.documentId())).filter(l -> !l.equals(g.groupId()))
                .findFirst().flatMap(l -> groups.stream().filter(o -> o.groupId().equals(l)).findFirst())
                .map(HistoryHead.GroupSummary::actorName).orElse(null);
    }

    /**
     * Undoes one change (all its documents), if nothing changed them since. A participant may
     * undo only their own last change of that instrument; the facilitator any change.
     *
     * @return the undo, as kept
     */
    public HistoryEntry undo(Actor actor, String caseId, String groupId) {
        support.access().check(actor, caseId, CaseAction.CONTRIBUTE, groupId);
        // the newest changes are in the head: read the group by id, and see there who changed what later
        List<HistoryHead.GroupSummary> window = new ArrayList<>();
        heads.findById(HistoryHead.idOf(caseId)).ifPresent(h -> h.getRecent().values().forEach(window::addAll));
        HistoryHead.GroupSummary summary = window.stream().filter(g -> g.groupId().equals(groupId)).findFirst()
                .orElse(null);
        List<ChangeRecord> group = new ArrayList<>();
        if (summary != null) {
            for (int seq = 0; seq < summary.items().size(); seq++) {
                records.findById(ChangeRecord.id(groupId, seq)).ifPresent(group::add);
            }
        } else {
            group.addAll(records.findByCaseIdAndGroupIdOrderBySeqAsc(caseId, groupId));
        }
        if (group.isEmpty() || !group.getFirst().getCaseId().equals(caseId)) {
            throw new NotFoundException("error.history.gone");
        }
        ChangeRecord first = group.getFirst();
        if (!support.access().allows(actor, caseId, CaseAction.MODERATE)) {
            if (!actor.id().equals(first.getActorId())) {
                throw new InvalidInputException("error.history.notOwn");
            }
            String lastOwn = recentOf(caseId, first.getArea()).stream().filter(g -> actor.id().equals(g.actorId()))
                    .map(HistoryHead.GroupSummary::groupId).findFirst().orElse(null);
            if (!groupId.equals(lastOwn)) {
                throw new InvalidInputException("error.history.notOwnLast");
            }
        }
        if (summary != null) {
            List<HistoryHead.GroupSummary> ofArea = recentOf(caseId, first.getArea());
            String by = changedAfterBy(summary, ofArea, latestGroups(ofArea));
            if (by != null) {
                throw new InvalidInputException("error.history.changedAfter", by);
            }
        } else {
            for (ChangeRecord r : group) {
                ChangeRecord latest = records.findFirstByCaseIdAndDocumentIdOrderByAtDescSeqDesc(caseId,
                        r.getDocumentId());
                if (latest != null && !latest.getGroupId().equals(groupId)) {
                    throw new InvalidInputException("error.history.changedAfter", latest.getActorName());
                }
            }
        }
        List<ChangeRecord> reversed = new ArrayList<>(group);
        Collections.reverse(reversed);
        Map<String, ChangeState> kept = states(reversed);
        List<Step> steps = reversed.stream().map(r -> new Step(r, kept.get(r.getStateId()).getAfter(),
                kept.get(r.getStateId()).getBefore())).toList();
        return apply(actor, caseId, first.getArea(), steps, ChangeRecord.Operation.UNDO, groupId, null);
    }

    /** The earlier meetings of the case whose end has passed: what the facilitator can restore to. */
    public List<RestorePoint> restorePoints(Actor actor, String caseId) {
        support.access().check(actor, caseId, CaseAction.MODERATE);
        Instant now = support.now();
        return meetings.listMeetings(actor, caseId).stream().map(m -> new RestorePoint(m.getId(), m.getTitle(),
                m.getDate(), endOf(m))).filter(p -> p.end().isBefore(now))
                .sorted(Comparator.comparing(RestorePoint::end).reversed()).toList();
    }

    /**
     * Puts one instrument of the case back as it was at the end of an earlier meeting (the end of
     * its day, Dutch time): every document changed since goes back to its state then, as one change
     * that can be undone.
     *
     * @return the restore, as kept
     */
    public HistoryEntry restore(Actor actor, String caseId, String meetingId, String area) {
        support.access().check(actor, caseId, CaseAction.MODERATE, meetingId);
        RestorePoint point = restorePoints(actor, caseId).stream().filter(p -> p.meetingId().equals(meetingId))
                .findFirst().orElseThrow(() -> new InvalidInputException("error.history.meetingNotOver"));
        Map<String, ChangeRecord> firstAfter = new LinkedHashMap<>();
        Map<String, ChangeRecord> last = new HashMap<>();
        for (ChangeRecord r : records.findByCaseIdAndAreaAndAtAfterOrderByAtAscSeqAsc(caseId, area, point.end())) {
            firstAfter.putIfAbsent(r.getDocumentId(), r);
            last.put(r.getDocumentId(), r);
        }
        List<ChangeRecord> ends = new ArrayList<>(firstAfter.values());
        ends.addAll(last.values());
        Map<String, ChangeState> kept = states(ends);
        List<Step> steps = new ArrayList<>();
        for (ChangeRecord first : firstAfter.values()) {
            Document then = kept.get(first.getStateId()).getBefore();
            Document now = kept.get(last.get(first.getDocumentId()).getStateId()).getAfter();
            if (!sameContent(then, now)) {
                steps.add(new Step(first, now, then));
            }
        }
        if (steps.isEmpty()) {
            throw new InvalidInputException("error.history.nothingToRestore", point.title());
        }
        // the latest change first: as if every change since were undone, one by one
        Collections.reverse(steps);
        return apply(actor, caseId, area, steps, ChangeRecord.Operation.RESTORE, null, point.title());
    }

    /** The moment a meeting counts as ended: the end of its day in the Netherlands. */
    static Instant endOf(Meeting meeting) {
        return meeting.getDate().plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant();
    }

    /** One document to put from {@code expected} into {@code state}. */
    private record Step(ChangeRecord record, @Nullable Document expected, @Nullable Document state) {
    }

    private HistoryEntry apply(Actor actor, String caseId, String area, List<Step> steps,
                               ChangeRecord.Operation operation, @Nullable String undoneGroupId,
                               @Nullable String restoredTo) {
        Set<HistoryTarget> checked = new HashSet<>();
        for (Step step : steps) {
            HistoryTarget target = target(step.record().getDocumentType());
            if (checked.add(target)) {
                target.checkWrite(actor, caseId);
            }
        }
        List<DocumentChange> done = new ArrayList<>();
        List<ChangeRecord> kept = new ArrayList<>();
        try {
            for (Step step : steps) {
                ChangeRecord r = step.record();
                Document stored = target(r.getDocumentType()).reapply(actor, caseId, r.getDocumentType(),
                        step.expected(), step.state());
                done.add(new DocumentChange(area, r.getDocumentType(), r.getDocumentId(), step.expected(), stored,
                        r.getLabel()));
            }
        } finally {
            // what was put back is kept, also when a later document refused (someone changed it meanwhile)
            if (!done.isEmpty()) {
                HistoryJournal.Kept group = journal.kept(actor, caseId, null, done, operation,
                        UUID.randomUUID().toString());
                group.records().forEach(k -> {
                    if (undoneGroupId != null) {
                        k.undoOf(undoneGroupId);
                    }
                    if (restoredTo != null) {
                        k.restoring(restoredTo);
                    }
                });
                journal.store(group);
                kept.addAll(group.records());
            }
        }
        ChangeRecord head = kept.getFirst();
        return new HistoryEntry(head.getGroupId(), head.getAt(), head.getActorName(), true, operation, restoredTo,
                kept.stream().map(r -> new HistoryEntry.Item(r.getDocumentType(), r.getKind(), r.getLabel())).toList(),
                true, null);
    }

    /** The kept states of these records, by id (each read by its id). */
    private Map<String, ChangeState> states(List<ChangeRecord> of) {
        Map<String, ChangeState> found = new HashMap<>();
        for (ChangeRecord r : of) {
            if (!found.containsKey(r.getStateId())) {
                found.put(r.getStateId(), states.findById(r.getStateId())
                        .orElseThrow(() -> new NotFoundException("error.history.gone")));
            }
        }
        return found;
    }

    private HistoryTarget target(String documentType) {
        return targets.stream().filter(t -> t.handles(documentType)).findFirst()
                .orElseThrow(() -> new InvalidInputException("error.history.unknownType"));
    }

    /** The same document content, whatever its version. */
    private static boolean sameContent(@Nullable Document a, @Nullable Document b) {
        if (a == null || b == null) {
            return a == b;
        }
        Document x = new Document(a);
        Document y = new Document(b);
        x.remove("version");
        y.remove("version");
        return Objects.equals(x, y);
    }
}
