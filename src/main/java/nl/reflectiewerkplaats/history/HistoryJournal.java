package nl.reflectiewerkplaats.history;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.instrument.history.ChangeJournal;
import nl.reflectiewerkplaats.instrument.history.DocumentChange;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import nl.reflectiewerkplaats.base.UserFacingException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the changes the instruments report ({@link ChangeJournal}) as {@link ChangeRecord}s: each
 * document's state as stored (via the store's converter), stamped with the injected clock. The
 * instrument has checked access before it changed anything; this writes no access-log line of its own.
 */
@Component
@RequiredArgsConstructor
class HistoryJournal implements ChangeJournal {

    private final HistoryHeadRepository heads;
    private final MongoTemplate mongo;
    private final Clock clock;

    @Override
    public void record(@Nullable Actor actor, String caseId, @Nullable String meetingId, List<DocumentChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        store(kept(actor, caseId, meetingId, changes, ChangeRecord.Operation.CHANGE, UUID.randomUUID().toString()));
    }

    @Override
    public Document snapshot(Object entity) {
        return Objects.requireNonNull(stored(entity));
    }

    /** The records of one group and the states they name, not yet stored. */
    record Kept(List<ChangeRecord> records, List<ChangeState> states) {
    }

    Kept kept(@Nullable Actor actor, String caseId, @Nullable String meetingId, List<DocumentChange> changes,
              ChangeRecord.Operation operation, String groupId) {
        String meeting = meetingId != null ? meetingId
                : actor instanceof Actor.Participant p ? p.meetingId() : null;
        List<ChangeRecord> list = new ArrayList<>();
        List<ChangeState> states = new ArrayList<>();
        var at = clock.instant();
        int seq = 0;
        for (DocumentChange c : changes) {
            String stateId = UUID.randomUUID().toString();
            states.add(new ChangeState(stateId, caseId, stored(c.before()), stored(c.after())));
            list.add(new ChangeRecord(caseId, meeting, groupId, seq++, operation, actor == null ? null : actor.id(),
                    actor == null ? "" : actor.displayName(), at, c.area(), c.documentType(), c.documentId(),
                    c.kind(), stateId, c.label() == null ? "" : c.label()));
        }
        return new Kept(list, states);
    }

    /** The states first: a record never names a state that is not there; the head last. */
    void store(Kept kept) {
        storeAll(List.of(kept));
    }

    /** Several changes at once (e.g. an import), with one write of the head per case. */
    void storeAll(List<Kept> groups) {
        if (groups.isEmpty()) {
            return;
        }
        List<ChangeState> allStates = new ArrayList<>();
        List<ChangeRecord> allRecords = new ArrayList<>();
        groups.forEach(g -> {
            allStates.addAll(g.states());
            allRecords.addAll(g.records());
        });
        mongo.insertAll(allStates);
        mongo.insertAll(allRecords);
        String caseId = allRecords.getFirst().getCaseId();
        for (int attempt = 0; ; attempt++) {
            try {
                HistoryHead head = heads.findById(HistoryHead.idOf(caseId)).orElseGet(() -> new HistoryHead(caseId));
                groups.forEach(g -> head.add(g.records()));
                heads.save(head);
                return;
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                if (attempt == 10) {
                    throw new UserFacingException("error.busy");
                }
            }
        }
    }

    /** An entity as its stored document; a document stays as it is. */
    @Nullable Document stored(@Nullable Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof Document d) {
            return new Document(d);
        }
        Document d = new Document();
        mongo.getConverter().write(entity, d);
        return d;
    }
}
