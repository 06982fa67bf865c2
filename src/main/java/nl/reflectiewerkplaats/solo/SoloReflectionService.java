package nl.reflectiewerkplaats.solo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.AccessPolicy;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.BearerTokens;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.access.RateLimiter;
import nl.reflectiewerkplaats.access.RequestOrigin;
import nl.reflectiewerkplaats.access.SharedBuckets;
import nl.reflectiewerkplaats.base.DutchTime;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.NotFoundException;
import nl.reflectiewerkplaats.base.Stored;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.cards.TensionField;
import nl.reflectiewerkplaats.casework.Meeting;
import nl.reflectiewerkplaats.casework.MeetingService;
import nl.reflectiewerkplaats.casework.Participant;
import nl.reflectiewerkplaats.live.CaseSupport;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundService;
import nl.reflectiewerkplaats.tensionfield.Placement;
import nl.reflectiewerkplaats.tensionfield.TensionFieldService;
import org.springframework.stereotype.Service;

/**
 * Zelf reflecteren. The facilitator invites a participant of the case by a personal
 * link; its holder places themselves on the chosen spanningsvelden and answers their
 * questions, alone. The link is a bearer secret (256 random bits, stored only as a hash,
 * failed look-ups limited per address together with the invite links, revocable, on the
 * access log) and works until the start of the day of the case's next planned meeting,
 * or {@link #DAYS_WITHOUT_MEETING} days when none is planned.
 *
 * <p>What is written stays its owner's: found again at a meeting by their person key,
 * shown to them only; their place joins a round only when they bring it in (as a private
 * placement like any other), an answer reaches the group only when they share it.
 */
@Service
@RequiredArgsConstructor
public class SoloReflectionService {

    /** How long a link works when no next meeting is planned. */
    public static final int DAYS_WITHOUT_MEETING = 14;
    /** At most this many spanningsvelden in one invitation. */
    public static final int MAX_FIELDS = 6;

    private final SoloInvitationRepository invitations;
    private final SoloPlaceRepository places;
    private final SoloAnswerRepository answers;
    private final MeetingService meetings;
    private final RoundService rounds;
    private final TensionFieldService fields;
    private final CardCatalog catalog;
    private final CaseSupport support;
    private final RequestOrigin origin;
    private final SharedBuckets buckets;

    // ---- the facilitator ----

    /**
     * Invites a participant of the case (someone who joined one of its meetings) to
     * reflect alone on these spanningsvelden. The link's token is in the answer only.
     */
    public SoloLink invite(Actor actor, String caseId, String participantId, List<String> fieldIds) {
        support.access().check(actor, caseId, CaseAction.MANAGE);
        Participant participant = meetings.getParticipant(actor, participantId);
        if (!caseId.equals(participant.getCaseId()) || participant.isWatcher()) {
            throw new NotFoundException("error.participant.notFound");
        }
        List<String> chosen = fieldIds == null ? List.of() : fieldIds.stream().distinct().toList();
        if (chosen.isEmpty() || chosen.size() > MAX_FIELDS) {
            throw new InvalidInputException("error.solo.fieldsNeeded");
        }
        for (String id : chosen) {
            if (catalog.tensionField(id).isEmpty()) {
                throw new InvalidInputException("error.field.unknown");
            }
        }
        String token = BearerTokens.newToken();
        SoloInvitation saved = invitations.save(new SoloInvitation(caseId, BearerTokens.hash(token), participant.getId(),
                participant.getMeetingId(), participant.getDisplayName(), participant.getPersonKey(), chosen, actor.id(),
                support.now()));
        support.publish(new SoloEvents.InvitationsChanged(caseId));
        return new SoloLink(saved, token, expiresAt(saved));
    }

    /** The case's invitations, newest first, with until when each works: never what was written. */
    public List<InvitationView> invitations(Actor actor, String caseId) {
        support.access().check(actor, caseId, CaseAction.MANAGE);
        Instant now = support.now();
        return invitations.findByCaseIdOrderByCreatedAtDesc(caseId).stream()
                .map(i -> new InvitationView(i.getId(), i.getOwnerName(), i.getFieldIds(), i.getCreatedAt(),
                        expiresAt(i), i.isRevoked(), valid(i, now)))
                .toList();
    }

    /** Who can be invited: the case's participants (not watchers), each person once, by their latest meeting. */
    public List<Participant> candidates(Actor actor, String caseId) {
        support.access().check(actor, caseId, CaseAction.MANAGE);
        Map<String, Participant> byPerson = new LinkedHashMap<>();
        for (Meeting meeting : meetings.listMeetings(actor, caseId)) {
            for (Participant p : meetings.listParticipants(actor, meeting.getId())) {
                if (!p.isWatcher()) {
                    byPerson.putIfAbsent(p.getPersonKey() != null ? p.getPersonKey() : p.getId(), p);
                }
            }
        }
        return byPerson.values().stream()
                .sorted(Comparator.comparing(Participant::getDisplayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** The route of the page behind a solo link. */
    public static final String ROUTE = "zelf/:token";

    /** The path of the page behind this link's token (without the leading slash). */
    public static String path(String token) {
        return "zelf/" + token;
    }

    /** Stops a link at once; what was written stays its owner's. */
    public void revoke(Actor actor, String caseId, String invitationId) {
        support.access().check(actor, caseId, CaseAction.MANAGE, invitationId);
        SoloInvitation invitation = Stored.get(invitations, invitationId, "error.solo.unknown");
        if (!caseId.equals(invitation.getCaseId())) {
            throw new NotFoundException("error.solo.unknown");
        }
        invitation.revoke(support.now());
        Stored.save(invitations, invitation, "error.solo.changedMeanwhile");
        support.publish(new SoloEvents.InvitationsChanged(caseId));
    }

    /**
     * Until when the link works: the start (Dutch time) of the day of the case's first
     * meeting planned after the day it was made; with none planned, {@link #DAYS_WITHOUT_MEETING}
     * days after it was made. Judged afresh each time, so a meeting planned later shortens it.
     */
    public Instant expiresAt(SoloInvitation invitation) {
        LocalDate madeOn = LocalDate.ofInstant(invitation.getCreatedAt(), DutchTime.ZONE);
        return meetings.nextMeetingDate(invitation.getCaseId(), madeOn)
                .map(day -> day.atStartOfDay(DutchTime.ZONE).toInstant())
                .orElse(invitation.getCreatedAt().plus(Duration.ofDays(DAYS_WITHOUT_MEETING)));
    }

    private boolean valid(SoloInvitation invitation, Instant now) {
        return !invitation.isRevoked() && now.isBefore(expiresAt(invitation));
    }

    // ---- the holder of the link ----

    /** What the link opens: the spanningsvelden and what its holder wrote so far. */
    public SoloSession open(String token) {
        SoloInvitation invitation = behind(token, CaseAction.READ, "open");
        Map<String, Double> placed = new LinkedHashMap<>();
        places.findByInvitationId(invitation.getId()).forEach(p -> placed.put(p.getFieldId(), p.getPosition()));
        Map<String, Map<Integer, String>> written = new LinkedHashMap<>();
        answers.findByInvitationIdOrderByFieldIdAscQuestionAsc(invitation.getId()).forEach(a ->
                written.computeIfAbsent(a.getFieldId(), k -> new LinkedHashMap<>()).put(a.getQuestion(), a.getText()));
        List<TensionField> chosen = invitation.getFieldIds().stream().map(catalog::tensionField)
                .flatMap(Optional::stream).toList();
        return new SoloSession(invitation.getId(), invitation.getOwnerName(), chosen, expiresAt(invitation), Map.copyOf(placed),
                Map.copyOf(written));
    }

    /** The holder's place on one of the invitation's spanningsvelden (0 = left pole, 1 = right pole). */
    public void place(String token, String fieldId, double position) {
        if (Double.isNaN(position) || position < 0 || position > 1) {
            throw new InvalidInputException("error.placement.outOfRange");
        }
        SoloInvitation invitation = behind(token, CaseAction.CONTRIBUTE, "place");
        checkField(invitation, fieldId);
        SoloPlace place = places.findByInvitationIdAndFieldId(invitation.getId(), fieldId)
                .orElseGet(() -> new SoloPlace(invitation.getCaseId(), invitation.getId(), invitation.getOwnerKey(),
                        fieldId));
        place.placeAt(position, support.now());
        Stored.save(places, place, "error.solo.changedMeanwhile");
    }

    /** The holder's answer, in their own words, to one question of one spanningsveld (empty clears it). */
    public void answer(String token, String fieldId, int question, String text) {
        SoloInvitation invitation = behind(token, CaseAction.CONTRIBUTE, "answer");
        String words = Texts.optional(text, SoloAnswer.TEXT_MAX_LENGTH, "field.soloAnswer");
        TensionField field = checkField(invitation, fieldId);
        if (question < 0 || question >= field.questions().size()) {
            throw new InvalidInputException("error.solo.unknownQuestion");
        }
        Optional<SoloAnswer> existing = answers.findByInvitationIdAndFieldIdAndQuestion(invitation.getId(), fieldId,
                question);
        if (words == null || words.isBlank()) {
            existing.filter(a -> !a.isShared()).ifPresent(answers::delete);
            return;
        }
        SoloAnswer answer = existing.orElseGet(() -> new SoloAnswer(invitation.getCaseId(), invitation.getId(),
                invitation.getOwnerKey(), invitation.getOwnerName(), fieldId, question));
        answer.write(words, support.now());
        Stored.save(answers, answer, "error.solo.changedMeanwhile");
    }

    /**
     * The invitation behind a link, if it may be used now: an unknown link counts
     * against the address (with the invite links), a revoked or expired one says so;
     * every use is on the access log as its holder.
     */
    private SoloInvitation behind(String token, CaseAction action, String method) {
        Optional<SoloInvitation> found = BearerTokens.plausible(token)
                ? invitations.findByTokenHash(BearerTokens.hash(token)) : Optional.empty();
        if (found.isEmpty()) {
            if (!failedLinkAttempts().tryAcquire(origin.currentAddress().orElse("intern"))) {
                throw new InvalidInputException("error.invite.tooManyAttempts");
            }
            throw new NotFoundException("error.solo.unknown");
        }
        SoloInvitation invitation = found.get();
        boolean valid = valid(invitation, support.now());
        try {
            access().checkByLink(holder(invitation), invitation.getCaseId(), action,
                    SoloReflectionService.class.getSimpleName() + "." + method, invitation.getId(), valid);
        } catch (NoAccessException refused) {
            throw new NotFoundException(invitation.isRevoked() ? "error.solo.revoked" : "error.solo.expired");
        }
        return invitation;
    }

    /** Shares the bucket of failed invite-link look-ups: one limit per address for every kind of link. */
    private RateLimiter failedLinkAttempts() {
        return buckets.limiter("link-address", 30, Duration.ofMinutes(10));
    }

    private AccessPolicy access() {
        return support.access();
    }

    private static Actor.Participant holder(SoloInvitation invitation) {
        return new Actor.Participant(invitation.getParticipantId(), invitation.getOwnerName(), invitation.getCaseId(),
                invitation.getMeetingId(), invitation.getOwnerKey(), false, false);
    }

    private static TensionField checkField(SoloInvitation invitation, String fieldId, CardCatalog catalog) {
        if (fieldId == null || !invitation.getFieldIds().contains(fieldId)) {
            throw new InvalidInputException("error.field.unknown");
        }
        return Stored.found(catalog.tensionField(fieldId), "error.field.unknown");
    }

    private TensionField checkField(SoloInvitation invitation, String fieldId) {
        return checkField(invitation, fieldId, catalog);
    }

    // ---- at the next meeting ----

    /**
     * The actor's own solo reflection on this spanningsveld, found by their person key:
     * their latest place and their answers. Never anyone else's.
     */
    public Optional<OwnReflection> mine(Actor actor, String caseId, String meetingId, String fieldId) {
        support.access().check(actor, caseId, CaseAction.READ);
        if (!(actor instanceof Actor.Participant) || actor.personKey() == null || actor.personKey().isBlank()) {
            return Optional.empty();
        }
        for (SoloInvitation invitation : invitations.findByCaseIdAndOwnerKeyOrderByCreatedAtDesc(caseId,
                actor.personKey())) {
            if (!invitation.getFieldIds().contains(fieldId)) {
                continue;
            }
            Optional<SoloPlace> place = places.findByInvitationIdAndFieldId(invitation.getId(), fieldId);
            List<OwnAnswer> written = new ArrayList<>();
            for (SoloAnswer a : answers.findByInvitationIdOrderByFieldIdAscQuestionAsc(invitation.getId())) {
                if (a.getFieldId().equals(fieldId)) {
                    written.add(new OwnAnswer(a.getId(), a.getQuestion(), a.getText(),
                            a.isShared() && meetingId.equals(a.getSharedInMeetingId())));
                }
            }
            if (place.isPresent() || !written.isEmpty()) {
                return Optional.of(new OwnReflection(invitation.getId(), fieldId,
                        place.map(SoloPlace::getPosition).orElse(null),
                        place.map(SoloPlace::getBroughtIntoRoundId).orElse(null), List.copyOf(written)));
            }
        }
        return Optional.empty();
    }

    /**
     * Brings the actor's own solo place on the round's spanningsveld into the round: a
     * placement like any other, private until the reveal.
     */
    public Placement bringIn(Actor actor, String caseId, String meetingId, String roundId) {
        support.access().check(actor, caseId, CaseAction.CONTRIBUTE);
        Round round = rounds.get(actor, roundId);
        if (!caseId.equals(round.getCaseId()) || !meetingId.equals(round.getMeetingId())) {
            throw new NotFoundException("error.round.notFound");
        }
        TensionField field = Stored.found(fields.fieldOf(round), "error.field.unknown");
        OwnReflection own = mine(actor, caseId, meetingId, field.id())
                .filter(r -> r.position() != null)
                .orElseThrow(() -> new InvalidInputException("error.solo.nothingToBringIn"));
        Placement placement = fields.place(actor, roundId, own.position());
        places.findByInvitationIdAndFieldId(own.invitationId(), field.id()).ifPresent(p -> {
            p.broughtInto(roundId);
            Stored.save(places, p, "error.solo.changedMeanwhile");
        });
        return placement;
    }

    /** Shares one of the actor's own solo answers with this meeting, or takes the sharing back. */
    public void share(Actor actor, String caseId, String meetingId, String answerId, boolean shared) {
        support.access().check(actor, caseId, CaseAction.CONTRIBUTE, answerId);
        SoloAnswer answer = Stored.get(answers, answerId, "error.solo.unknownAnswer");
        if (!caseId.equals(answer.getCaseId()) || actor.personKey() == null
                || !actor.personKey().equals(answer.getOwnerKey()) || !(actor instanceof Actor.Participant)) {
            throw new NotFoundException("error.solo.unknownAnswer");
        }
        if (answer.isShared() && !meetingId.equals(answer.getSharedInMeetingId())) {
            // shared in an earlier meeting: that stays as it was
            throw new InvalidInputException("error.solo.sharedElsewhere");
        }
        answer.share(shared, meetingId);
        Stored.save(answers, answer, "error.solo.changedMeanwhile");
        support.publish(new SoloEvents.SharedAnswersChanged(caseId, meetingId));
    }

    /** The solo answers shared in this meeting on this spanningsveld: all the group sees of anyone's solo reflection. */
    public List<SharedAnswer> shared(Actor actor, String caseId, String meetingId, String fieldId) {
        support.access().check(actor, caseId, CaseAction.READ);
        return answers.findBySharedInMeetingIdAndSharedTrue(meetingId).stream()
                .filter(a -> caseId.equals(a.getCaseId()) && a.getFieldId().equals(fieldId))
                .sorted(Comparator.comparing(SoloAnswer::getOwnerName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingInt(SoloAnswer::getQuestion))
                .map(a -> new SharedAnswer(a.getOwnerName(), a.getQuestion(), a.getText()))
                .toList();
    }

    // ---- what the views get ----

    /** A new link: the token is shown once, to the facilitator who made it. */
    public record SoloLink(SoloInvitation invitation, String token, Instant expiresAt) {
    }

    /** An invitation as the facilitator's list shows it. */
    public record InvitationView(String id, String ownerName, List<String> fieldIds, Instant createdAt,
                                 Instant expiresAt, boolean revoked, boolean valid) {
    }

    /** What the link's holder sees: the chosen spanningsvelden, their places and answers by field and question. */
    public record SoloSession(String invitationId, String ownerName, List<TensionField> fields, Instant expiresAt,
                              Map<String, Double> places, Map<String, Map<Integer, String>> answers) {
    }

    /** One's own solo reflection on a field, at a meeting. */
    public record OwnReflection(String invitationId, String fieldId, Double position, String broughtIntoRoundId,
                                List<OwnAnswer> answers) {
    }

    /** One's own answer; {@code sharedHere}: shared with this meeting. */
    public record OwnAnswer(String id, int question, String text, boolean sharedHere) {
    }

    /** A shared answer as the group sees it. */
    public record SharedAnswer(String ownerName, int question, String text) {
    }
}
