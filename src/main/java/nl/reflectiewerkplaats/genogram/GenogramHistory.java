package nl.reflectiewerkplaats.genogram;

import java.util.Map;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.instrument.history.DocumentChange;
import nl.reflectiewerkplaats.instrument.history.StoredDocumentsTarget;
import nl.reflectiewerkplaats.live.CaseSupport;
import nl.reflectiewerkplaats.live.ChangeKind;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Puts a kept state of a geno-sociogram document (person, line, life event) back for an undo or a
 * restore, with the version check of an edit, and tells every open diagram through the usual live
 * events. Places are layout, not history: a person written back keeps where it stands now (moves and
 * "netjes schikken" are not recorded); a person added again stands where it stood. A person with
 * lines or events still on it is not removed by an undo.
 */
@Component
class GenogramHistory extends StoredDocumentsTarget {

    static final String AREA = "genogram";
    static final String PERSON = "genogram.person";
    static final String RELATION = "genogram.relation";
    static final String LIFE_EVENT = "genogram.lifeEvent";

    private final CaseSupport support;

    GenogramHistory(MongoTemplate mongo, CaseSupport support) {
        super(mongo, Map.of(PERSON, "genogram_persons", RELATION, "genogram_relations", LIFE_EVENT, "genogram_events"));
        this.support = support;
    }

    static DocumentChange person(@Nullable Object before, @Nullable Person after) {
        Person any = after != null ? after : (Person) before;
        return new DocumentChange(AREA, PERSON, any.getId(), before, after, any.getName());
    }

    static DocumentChange relation(@Nullable Object before, @Nullable Relation after, String label) {
        String id = after != null ? after.getId() : ((Relation) before).getId();
        return new DocumentChange(AREA, RELATION, id, before, after, label);
    }

    static DocumentChange lifeEvent(@Nullable Object before, @Nullable LifeEvent after, String personName) {
        String id = after != null ? after.getId() : ((LifeEvent) before).getId();
        return new DocumentChange(AREA, LIFE_EVENT, id, before, after, personName);
    }

    /** A person keeps where it stands now; one with lines or events on it is not removed. */
    @Override
    protected @Nullable Document prepare(String documentType, @Nullable Document now, @Nullable Document state) {
        if (!PERSON.equals(documentType) || now == null) {
            return state;
        }
        if (state == null) {
            if (hasLinesOrEvents(now.get("_id"))) {
                throw new InvalidInputException("error.history.personInUse", now.getString("name"));
            }
            return null;
        }
        Document placed = new Document(state);
        placed.put("x", now.get("x"));
        placed.put("y", now.get("y"));
        placed.put("placedByHand", now.get("placedByHand"));
        return placed;
    }

    @Override
    protected void published(String caseId, String documentType, Outcome outcome, Document shown) {
        ChangeKind kind = ChangeKind.valueOf(outcome.name());
        var converter = mongo().getConverter();
        switch (documentType) {
            case PERSON -> support.publish(new PersonChanged(caseId, kind, converter.read(Person.class, shown)));
            case RELATION -> support.publish(new RelationChanged(caseId, kind, converter.read(Relation.class, shown)));
            default -> support.publish(new LifeEventChanged(caseId, kind, converter.read(LifeEvent.class, shown)));
        }
    }

    private boolean hasLinesOrEvents(Object personId) {
        String id = String.valueOf(personId);
        return mongo().exists(Query.query(new Criteria().orOperator(Criteria.where("fromId").is(id),
                Criteria.where("toId").is(id))), Relation.class)
                || mongo().exists(Query.query(Criteria.where("personId").is(id)), LifeEvent.class);
    }
}
