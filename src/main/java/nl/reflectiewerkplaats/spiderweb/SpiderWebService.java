package nl.reflectiewerkplaats.spiderweb;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.Stored;
import nl.reflectiewerkplaats.cards.ActInstruments;
import nl.reflectiewerkplaats.cards.CardCatalog;
import nl.reflectiewerkplaats.live.CaseSupport;
import nl.reflectiewerkplaats.round.RoundProgress;
import org.springframework.stereotype.Service;

/**
 * The spinnenweb: everyone scores themselves on the eight competencies. A web is its
 * owner's alone until they share it; the group's web is drawn only from shared webs, and
 * taking the sharing back takes it out again. The same person's web of an earlier meeting
 * of the case (found by their person key) lies under this one. The pitfalls checklist is
 * for whoever leads the meeting.
 */
@Service
@RequiredArgsConstructor
public class SpiderWebService {

    private final SelfAssessmentRepository webs;
    private final PitfallChecklistRepository pitfalls;
    private final CardCatalog catalog;
    private final CaseSupport support;

    public ActInstruments.Competencies competencies() {
        return catalog.act().competencies();
    }

    public ActInstruments.WaysOfActing ways() {
        return catalog.act().waysOfActing();
    }

    public ActInstruments.Pitfalls pitfalls() {
        return catalog.act().pitfalls();
    }

    /** Sets one of the actor's own scores (1 to the scale's length) in this meeting. */
    public SelfAssessment score(Actor actor, String caseId, String meetingId, String competency, int value) {
        support.access().check(actor, caseId, CaseAction.CONTRIBUTE);
        if (competency == null || competencies().competency(competency).isEmpty()) {
            throw new InvalidInputException("error.web.unknownCompetency");
        }
        if (value < 1 || value > competencies().scale().size()) {
            throw new InvalidInputException("error.web.scoreOutOfRange", competencies().scale().size());
        }
        SelfAssessment web = webs.findByMeetingIdAndOwnerId(meetingId, actor.id())
                .orElseGet(() -> new SelfAssessment(caseId, meetingId, actor.id(), actor.displayName(), actor.personKey()));
        web.score(competency, value, support.now());
        return publish(Stored.save(webs, web, "error.web.changedMeanwhile"), web.isShared());
    }

    /** Shares the actor's own web with the group, or takes the sharing back. */
    public SelfAssessment share(Actor actor, String caseId, String meetingId, boolean shared) {
        support.access().check(actor, caseId, CaseAction.CONTRIBUTE);
        SelfAssessment web = webs.findByMeetingIdAndOwnerId(meetingId, actor.id())
                .orElseThrow(() -> new InvalidInputException("error.web.nothingToShare"));
        boolean changed = web.isShared() != shared;
        web.share(shared, support.now());
        return publish(Stored.save(webs, web, "error.web.changedMeanwhile"), changed);
    }

    /** The actor's own web in this meeting, if they started it. */
    public Optional<SelfAssessment> mine(Actor actor, String caseId, String meetingId) {
        support.access().check(actor, caseId, CaseAction.READ);
        return webs.findByMeetingIdAndOwnerId(meetingId, actor.id());
    }

    /** The actor's own web of the most recent earlier meeting of the case, to lay under this one. */
    public Optional<SelfAssessment> earlier(Actor actor, String caseId, String meetingId) {
        support.access().check(actor, caseId, CaseAction.READ);
        String key = actor.personKey();
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        return webs.findByCaseIdAndOwnerKeyOrderByUpdatedAtDesc(caseId, key).stream()
                .filter(w -> !w.getMeetingId().equals(meetingId) && !w.getScores().isEmpty())
                .findFirst();
    }

    /** The webs shared in this meeting, in name order: all the group ever sees of anyone's web. */
    public List<SelfAssessment> shared(Actor actor, String caseId, String meetingId) {
        support.access().check(actor, caseId, CaseAction.READ);
        List<SelfAssessment> shared = webs.findByMeetingIdAndSharedTrue(meetingId).stream()
                .filter(w -> caseId.equals(w.getCaseId())).toList();
        List<String> order = RoundProgress.inNameOrder(shared.stream().map(SelfAssessment::getOwnerName).toList());
        return shared.stream().sorted(Comparator.comparingInt(w -> order.indexOf(w.getOwnerName()))).toList();
    }

    /** The group's web: the average of the shared webs. */
    public Web group(Actor actor, String caseId, String meetingId, String label) {
        return Web.average(label, shared(actor, caseId, meetingId),
                competencies().items().stream().map(ActInstruments.Competency::id).toList());
    }

    /** The pitfalls ticked in this meeting (for whoever leads it). */
    public List<String> tickedPitfalls(Actor actor, String caseId, String meetingId) {
        support.access().check(actor, caseId, CaseAction.MODERATE);
        return pitfalls.findByMeetingId(meetingId).map(PitfallChecklist::getTicked).orElse(List.of());
    }

    /** Ticks a pitfall on or off for this meeting. */
    public PitfallChecklist tickPitfall(Actor actor, String caseId, String meetingId, String pitfallId, boolean on) {
        support.access().check(actor, caseId, CaseAction.MODERATE);
        if (catalog.act().pitfalls().items().stream().noneMatch(p -> p.id().equals(pitfallId))) {
            throw new InvalidInputException("error.web.unknownPitfall");
        }
        PitfallChecklist list = pitfalls.findByMeetingId(meetingId).orElseGet(() -> new PitfallChecklist(caseId, meetingId));
        list.tick(pitfallId, on, support.now());
        PitfallChecklist saved = Stored.save(pitfalls, list, "error.web.changedMeanwhile");
        support.publish(new SpiderWebEvents.PitfallsChanged(caseId, meetingId));
        return saved;
    }

    private SelfAssessment publish(SelfAssessment web, boolean groupChanged) {
        support.publish(new SpiderWebEvents.WebChanged(web.getCaseId(), web.getMeetingId(), web.getOwnerId(),
                groupChanged));
        return web;
    }
}
