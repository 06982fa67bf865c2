package nl.reflectiewerkplaats.ladder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.VersionedCaseDocument;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A case's place on the ladder van effectiviteit: the situation, the way of working, who has the
 * regie, the dates of the escalation clock, and every step up or down. One per case. The dates
 * are the case's own facts and sensitive: they are shown to who may read the case, and the
 * session report gives only the count of weeks.
 */
@ExportRule
@Document("case_ladders")
public class CaseLadder extends VersionedCaseDocument {

    public static final int DIRECTOR_MAX_LENGTH = 120;
    public static final int REASON_MAX_LENGTH = 500;

    private @Nullable Rung rung;
    private @Nullable Approach approach;
    private String director = "";
    private @Nullable LocalDate outOfSchoolSince;
    private @Nullable LocalDate backAtSchool;
    private List<LadderState.Move> moves = new ArrayList<>();
    private @Nullable Instant updatedAt;
    private String updatedByName = "";

    protected CaseLadder() {
    }

    CaseLadder(String caseId) {
        super(caseId);
    }

    /** What a view and a live update show: a copy that no later change touches. */
    public LadderState state() {
        return new LadderState(getCaseId(), editVersion(), rung, approach, director == null ? "" : director,
                outOfSchoolSince, backAtSchool, moves == null ? List.of() : moves, updatedAt,
                updatedByName == null ? "" : updatedByName);
    }

    /** The version an edit names: 0 before the first save (the store's own version starts at 0 too). */
    long editVersion() {
        return getId() == null ? 0 : getVersion() + 1;
    }

    void step(Rung to, String reason, String byName, Instant at) {
        if (moves == null) {
            moves = new ArrayList<>();
        }
        moves.add(new LadderState.Move(at, byName, rung, to, reason));
        if (approach == null || rung == null || approach == rung.fitting()) {
            approach = to.fitting();
        }
        rung = to;
        touched(byName, at);
    }

    void wayOfWorking(@Nullable Approach approach, String director, String byName, Instant at) {
        this.approach = approach;
        this.director = director;
        touched(byName, at);
    }

    void absence(@Nullable LocalDate since, @Nullable LocalDate back, String byName, Instant at) {
        this.outOfSchoolSince = since;
        this.backAtSchool = back;
        touched(byName, at);
    }

    private void touched(String byName, Instant at) {
        this.updatedByName = byName;
        this.updatedAt = at;
    }
}
