package nl.reflectiewerkplaats.round;

import nl.reflectiewerkplaats.base.Texts;

/**
 * One kind of "private, then reveal" round that an instrument runs (the feeling cards,
 * the roles, the two groups, …), known by the topic its rounds are stored under. The
 * instrument's service opens and reads its rounds through {@link RoundService} with
 * its kind, and its view follows the meeting's rounds with {@link #follow}: the same
 * rule for every instrument.
 *
 * @param topic the stored topic of this kind's rounds, e.g. {@code "taal:gevoelskaarten"}
 */
public record RoundKind(String topic) {

    public RoundKind {
        Texts.topic(topic);
    }

    /** Whether the round (may be null) is one of this kind. */
    public boolean owns(Round round) {
        return round != null && topic.equals(round.getTopic());
    }

    /** What a view of this kind that shows {@code shown} (or null) does when {@code changed} changed. */
    public RoundFollow follow(Round shown, Round changed) {
        return RoundFollow.of(shown, changed, owns(changed));
    }
}
