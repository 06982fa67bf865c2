package nl.reflectiewerkplaats.access;

import java.util.Optional;

/**
 * Recognises a participant by the person key their browser keeps, so that a reload after
 * a lost session (server restart, idle time-out) leads back into the meeting. Implemented
 * by the module that owns meetings and participants, so that this module depends on none.
 */
public interface ParticipantRecognition {

    /** The participant this person key joined the meeting as, only while the meeting's link is valid. */
    Optional<Actor.Participant> recognise(String meetingId, String personKey);

    /** Whether anyone ever joined with this person key (then a shared device may hold someone else's key). */
    boolean known(String personKey);
}
