package nl.reflectiewerkplaats.access;

import java.time.Duration;
import lombok.Getter;
import lombok.experimental.Accessors;
import nl.reflectiewerkplaats.base.InvalidInputException;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * What one participant may add, and how many may join through one link, so that one
 * person (or a script with a participant's session) cannot flood a meeting or the
 * store. Facilitators are not limited here.
 *
 * <ul>
 *   <li>at most {@code adds-per-minute} additions a minute per participant (Bucket4j,
 *       in memory: a restart forgets, which is fine for a rate);</li>
 *   <li>at most {@code items-per-participant} additions in one meeting per participant
 *       (a participant is one person in one meeting), counted in the store in
 *       {@value #COLLECTION} with the case and meeting ids, so export and erasure
 *       take it along;</li>
 *   <li>at most {@code participants-per-link} people joining through one invite or
 *       watch link.</li>
 * </ul>
 * Each refusal is an {@link InvalidInputException} with a Dutch message.
 */
@Component
@Accessors(fluent = true)
public class ContributionLimits {

    static final String COLLECTION = "contribution_counts";

    private final MongoTemplate mongo;
    @Getter
    private final int perMinute;
    @Getter
    private final int perMeeting;
    @Getter
    private final int perLink;
    private final RateLimiter rate;

    ContributionLimits(MongoTemplate mongo,
                       @Value("${reflectiewerkplaats.limits.adds-per-minute:60}") int perMinute,
                       @Value("${reflectiewerkplaats.limits.items-per-participant:300}") int perMeeting,
                       @Value("${reflectiewerkplaats.limits.participants-per-link:60}") int perLink) {
        this.mongo = mongo;
        this.perMinute = perMinute;
        this.perMeeting = perMeeting;
        this.perLink = perLink;
        this.rate = new RateLimiter(perMinute, Duration.ofMinutes(1));
    }

    /**
     * Before an addition: refuses when a participant adds too fast or has reached the
     * meeting's cap. Writes nothing to the store (the addition may still be refused by
     * the access check); call {@link #added} once it succeeded.
     */
    public void beforeAddition(Actor actor) {
        if (!(actor instanceof Actor.Participant participant)) {
            return;
        }
        if (!rate.tryAcquire(participant.id())) {
            throw new InvalidInputException("error.limit.rate", perMinute);
        }
        Document counter = mongo.findById(participant.id(), Document.class, COLLECTION);
        if (counter != null && counter.get("count", Number.class).intValue() >= perMeeting) {
            throw new InvalidInputException("error.limit.items", perMeeting);
        }
    }

    /** After a participant's addition succeeded: counts it. */
    public void added(Actor actor) {
        if (!(actor instanceof Actor.Participant participant)) {
            return;
        }
        mongo.upsert(Query.query(Criteria.where("_id").is(participant.id())),
                new Update().inc("count", 1).setOnInsert("caseId", participant.caseId())
                        .setOnInsert("meetingId", participant.meetingId()),
                COLLECTION);
    }

    /** Before someone joins through a link that {@code alreadyJoined} people used: refuses past the limit. */
    public void beforeJoining(long alreadyJoined) {
        if (alreadyJoined >= perLink) {
            throw new InvalidInputException("error.limit.participants", perLink);
        }
    }
}
