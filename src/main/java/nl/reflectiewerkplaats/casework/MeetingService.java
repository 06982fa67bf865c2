package nl.reflectiewerkplaats.casework;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.AccessLogEntry;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.BearerTokens;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.access.ContributionLimits;
import nl.reflectiewerkplaats.access.RateLimiter;
import nl.reflectiewerkplaats.access.SharedBuckets;
import nl.reflectiewerkplaats.access.RequestOrigin;
import nl.reflectiewerkplaats.base.InputDates;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.NotFoundException;
import nl.reflectiewerkplaats.base.Stored;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.live.CaseSupport;
import org.springframework.stereotype.Service;

/** Leerbijeenkomsten, their invite links, and joining by link. */
@Service
@RequiredArgsConstructor
public class MeetingService {

    /** 256 random bits per invite token. */
    private static final int TOKEN_BYTES = 32;

    private final MeetingRepository meetings;
    private final ParticipantRepository participants;
    private final CaseRepository cases;
    private final CaseSupport support;
    private final RequestOrigin origin;
    private final ContributionLimits limits;
    private final SharedBuckets buckets;

    /**
     * Failed link look-ups per address, counted in the store for every node: guessing a
     * 256-bit token is hopeless, but we do not let anyone try at speed.
     */
    RateLimiter failedLinkAttempts() {
        return buckets.limiter("link-address", 30, Duration.ofMinutes(10));
    }

    public List<Meeting> listMeetings(Actor actor, String caseId) {
        support.access().check(actor, caseId, CaseAction.READ);
        return meetings.findByCaseIdOrderByDateDesc(caseId);
    }

    public Meeting createMeeting(Actor actor, String caseId, String title, LocalDate date) {
        return createMeeting(actor, caseId, title, date, false);
    }

    /** @param network a network reflection, to which bestuurders may be invited */
    public Meeting createMeeting(Actor actor, String caseId, String title, LocalDate date, boolean network) {
        support.access().check(actor, caseId, CaseAction.MANAGE);
        String name = Texts.required(title, Meeting.TITLE_MAX_LENGTH, "field.meetingTitle");
        if (date == null) {
            throw new InvalidInputException("error.input.required", "field.meetingDate");
        }
        InputDates.sensible(date, "field.meetingDate");
        Meeting meeting = new Meeting(caseId, name, date, newToken(), support.now());
        meeting.setNetwork(network);
        return meetings.save(meeting);
    }

    public Meeting getMeeting(Actor actor, String meetingId) {
        Meeting meeting = find(meetingId);
        support.access().check(actor, meeting.getCaseId(), CaseAction.READ);
        return meeting;
    }

    /** A new link; the old one stops working. Participants who joined stay. */
    public Meeting renewInvite(Actor actor, String meetingId) {
        Meeting meeting = managed(actor, meetingId);
        meeting.renewInvite(newToken());
        if (meeting.getWatchToken() != null) {
            meeting.setWatchToken(newToken());
        }
        return saveAndAnnounce(meeting);
    }

    /** Closes or reopens the meeting: while closed, nobody can join and participants have no support.access(). */
    public Meeting setInviteOpen(Actor actor, String meetingId, boolean open) {
        Meeting meeting = managed(actor, meetingId);
        meeting.setInviteOpen(open);
        return saveAndAnnounce(meeting);
    }

    /** A link to join as a watcher (read-only); made once, renewed with the invite link. */
    public Meeting watchLink(Actor actor, String meetingId) {
        Meeting meeting = managed(actor, meetingId);
        if (meeting.getWatchToken() == null) {
            meeting.setWatchToken(newToken());
            return saveAndAnnounce(meeting);
        }
        return meeting;
    }

    /** What an invite (or watch) link leads to, if it is open: shown to someone before they join. */
    public Optional<Invitation> findOpenInvitation(String token) {
        Meeting meeting = meetingBehind(token);
        boolean watcher = !token.equals(meeting.getInviteToken());
        return Optional.of(meeting)
                .flatMap(m -> cases.findById(meeting.getCaseId())
                        .map(c -> new Invitation(meeting.getId(), meeting.getTitle(), meeting.getDate(), c.getPseudonym(),
                                meeting.isNetwork(), watcher)));
    }

    /** Joins the meeting behind an open invite link. */
    public Participant join(String token, String displayName, String roleOrOrganisation) {
        return join(token, displayName, roleOrOrganisation, null, false);
    }

    /**
     * Joins the meeting behind an open invite link.
     *
     * @param personKey  the random key this browser keeps across meetings (null: a new one)
     * @param bestuurder joins as a bestuurder (only in a network reflection)
     */
    public Participant join(String token, String displayName, String roleOrOrganisation, String personKey,
                            boolean bestuurder) {
        Meeting meeting = meetingBehind(token);
        boolean watcher = !token.equals(meeting.getInviteToken());
        String name = Texts.required(displayName, Participant.NAME_MAX_LENGTH, "field.displayName");
        String role = Texts.required(roleOrOrganisation, Participant.ROLE_MAX_LENGTH, "field.roleOrOrganisation");
        String key = personKey != null && personKey.matches("[A-Za-z0-9_-]{16,64}") ? personKey : newToken();
        if (bestuurder && !meeting.isNetwork()) {
            throw new InvalidInputException("error.join.bestuurderOnlyNetwork");
        }
        limits.beforeJoining(participants.countByMeetingIdAndWatcher(meeting.getId(), watcher));
        Participant participant = new Participant(meeting.getId(), meeting.getCaseId(), name, role, support.now(), key,
                bestuurder && !watcher);
        participant.setWatcher(watcher);
        Participant saved = participants.save(participant);
        // joining opens the case to this person: on the access log like any change
        support.access().recordCaseWide(saved.asActor(), meeting.getCaseId(),
                AccessLogEntry.AuditAction.CHANGE);
        return saved;
    }

    /**
     * The meeting behind a valid invite or watch link. An unknown (or renewed) link, a
     * closed meeting and an expired link each get their own message; too many failed
     * look-ups from one address are refused for a while.
     */
    private Meeting meetingBehind(String token) {
        String address = origin.currentAddress().orElse("intern");
        Optional<Meeting> found = token == null || token.length() > 100 ? Optional.empty()
                : meetings.findByInviteToken(token).or(() -> meetings.findByWatchToken(token));
        if (found.isEmpty()) {
            if (!failedLinkAttempts().tryAcquire(address)) {
                throw new InvalidInputException("error.invite.tooManyAttempts");
            }
            throw new NotFoundException("error.invite.closedOrUnknown");
        }
        Meeting meeting = found.get();
        if (!meeting.isInviteOpen()) {
            throw new NotFoundException("error.invite.closed");
        }
        if (!meeting.isInviteValid(support.now())) {
            throw new NotFoundException("error.invite.expired");
        }
        return meeting;
    }

    /** Sets until when the links work and participants have access (not in the past). */
    public Meeting setInviteExpiry(Actor actor, String meetingId, Instant expiresAt) {
        Meeting meeting = getMeeting(actor, meetingId);
        support.access().check(actor, meeting.getCaseId(), CaseAction.MANAGE, meetingId);
        if (expiresAt == null || !expiresAt.isAfter(support.now())) {
            throw new InvalidInputException("error.invite.expiryPast");
        }
        InputDates.sensible(expiresAt, "field.meetingDate");
        meeting.setInviteExpiresAt(expiresAt);
        Meeting saved = meetings.save(meeting);
        support.publish(new MeetingAccessChanged(saved.getCaseId(), saved.getId(), saved.isInviteValid(support.now())));
        return saved;
    }

    /**
     * The day of the case's first meeting planned after {@code day}, if any: until then a
     * personal link between meetings (solo reflection) stays valid. Only a date, no content.
     */
    public Optional<LocalDate> nextMeetingDate(String caseId, LocalDate day) {
        return meetings.findByCaseIdOrderByDateDesc(caseId).stream()
                .map(Meeting::getDate)
                .filter(d -> d != null && d.isAfter(day))
                .min(LocalDate::compareTo);
    }

    public List<Participant> listParticipants(Actor actor, String meetingId) {
        Meeting meeting = getMeeting(actor, meetingId);
        return participants.findByMeetingIdOrderByJoinedAtAsc(meeting.getId());
    }

    public Participant getParticipant(Actor actor, String participantId) {
        Participant participant = Stored.get(participants, participantId,
                "error.participant.notFound");
        support.access().check(actor, participant.getCaseId(), CaseAction.READ);
        return participant;
    }

    private Meeting managed(Actor actor, String meetingId) {
        Meeting meeting = find(meetingId);
        support.access().check(actor, meeting.getCaseId(), CaseAction.MANAGE);
        return meeting;
    }

    private Meeting find(String meetingId) {
        return Stored.get(meetings, meetingId, "error.meeting.notFound");
    }

    private Meeting saveAndAnnounce(Meeting meeting) {
        Meeting saved = Stored.save(meetings, meeting, "error.meeting.changedMeanwhile");
        support.publish(new MeetingAccessChanged(saved.getCaseId(), saved.getId(), saved.isInviteOpen()));
        return saved;
    }

    private static String newToken() {
        return BearerTokens.newToken(TOKEN_BYTES);
    }

    /** What someone sees before joining: the meeting and the case's pseudonym. */
    public record Invitation(String meetingId, String meetingTitle, LocalDate date, String casePseudonym,
                             boolean network, boolean watcher) {
    }
}
