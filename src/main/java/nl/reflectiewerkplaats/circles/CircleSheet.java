package nl.reflectiewerkplaats.circles;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.VersionedCaseDocument;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One circle of a case as stored: a single document, so that its limits hold under
 * concurrent additions (a save over a newer version fails and is tried again).
 */
@ExportRule
@Document("circle_sheets")
@CompoundIndex(name = "case_circle", def = "{'caseId': 1, 'circle': 1}", unique = true)
public class CircleSheet extends VersionedCaseDocument {

    public static final int TEXT_MAX_LENGTH = 300;
    public static final int ARROW_MAX_LENGTH = 600;

    private Circle circle;
    private List<Entry> entries = new ArrayList<>();
    private String arrow = "";
    private long arrowRevision;
    private Instant updatedAt;

    protected CircleSheet() {
    }

    CircleSheet(String caseId, Circle circle) {
        super(caseId);
        this.circle = circle;
    }

    /** A stored point. */
    static class Entry {
        String id;
        Mark mark;
        String text;
        String authorId;
        String authorName;
        String meetingId;
        Instant createdAt;
        long revision;
    }

    long count(Mark mark) {
        return entries.stream().filter(e -> e.mark == mark).count();
    }

    void add(Mark mark, String text, String authorId, String authorName, String meetingId, Instant at) {
        Entry entry = new Entry();
        entry.id = UUID.randomUUID().toString();
        entry.mark = mark;
        entry.text = text;
        entry.authorId = authorId;
        entry.authorName = authorName;
        entry.meetingId = meetingId;
        entry.createdAt = at;
        entries.add(entry);
        updatedAt = at;
    }

    Optional<Entry> entry(String id) {
        return entries.stream().filter(e -> e.id.equals(id)).findFirst();
    }

    void rewrite(Entry entry, String text, Instant at) {
        entry.text = text;
        entry.revision++;
        updatedAt = at;
    }

    void remove(Entry entry, Instant at) {
        entries.remove(entry);
        updatedAt = at;
    }

    long arrowRevision() {
        return arrowRevision;
    }

    void writeArrow(String text, Instant at) {
        arrow = text;
        arrowRevision++;
        updatedAt = at;
    }

    CircleState state() {
        return new CircleState(getCaseId(), circle, entries.stream()
                .map(e -> new CircleState.Point(e.id, e.mark, e.text, e.authorId, e.authorName, e.meetingId,
                        e.revision))
                .toList(), arrow, arrowRevision, getVersion());
    }

    static CircleState empty(String caseId, Circle circle) {
        return new CircleSheet(caseId, circle).state();
    }
}
