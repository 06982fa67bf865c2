package nl.reflectiewerkplaats.instrument;

import nl.reflectiewerkplaats.access.Actor;

/**
 * Who uses an instrument, and in which leerbijeenkomst: what every instrument needs to
 * build itself for one person's view.
 *
 * @param actor         the facilitator, participant or watcher
 * @param caseId        the case the meeting belongs to
 * @param casePseudonym the case's pseudonym (never a real name), e.g. for a picture's title
 * @param meetingId     the meeting
 * @param moderator     whether this person may lead the meeting (open rounds, reveal, steer)
 * @param network       whether this is a network meeting (family and network take part)
 */
public record SessionContext(Actor actor, String caseId, String casePseudonym, String meetingId, boolean moderator,
                             boolean network) {
}
