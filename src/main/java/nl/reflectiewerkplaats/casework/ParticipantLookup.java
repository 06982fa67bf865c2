package nl.reflectiewerkplaats.casework;

import java.time.Clock;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.AccessLogEntry;
import nl.reflectiewerkplaats.access.AccessPolicy;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.ParticipantRecognition;
import org.springframework.stereotype.Component;

/**
 * Recognises a returning participant by their browser's person key: the latest time
 * that key joined this meeting, only while the meeting's link is open and valid. Coming
 * back is written to the access log like joining.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ParticipantLookup implements ParticipantRecognition {

    private final MeetingRepository meetings;
    private final ParticipantRepository participants;
    private final AccessPolicy access;
    private final Clock clock;

    @Override
    public Optional<Actor.Participant> recognise(String meetingId, String personKey) {
        if (meetingId == null || personKey == null || personKey.isBlank()) {
            return Optional.empty();
        }
        Optional<Meeting> meeting = meetings.findById(meetingId)
                .filter(m -> m.isInviteOpen() && m.isInviteValid(clock.instant()));
        if (meeting.isEmpty()) {
            return Optional.empty();
        }
        Optional<Actor.Participant> found = participants.findByMeetingIdAndPersonKeyOrderByJoinedAtDesc(meetingId, personKey)
                .stream().findFirst().map(Participant::asActor);
        found.ifPresent(p -> access.recordCaseWide(p, meeting.get().getCaseId(), AccessLogEntry.AuditAction.READ));
        return found;
    }

    @Override
    public boolean known(String personKey) {
        return personKey != null && !personKey.isBlank() && participants.existsByPersonKey(personKey);
    }
}
