package nl.reflectiewerkplaats.facilitation;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import lombok.RequiredArgsConstructor;
import nl.reflectiewerkplaats.access.Actor;
import nl.reflectiewerkplaats.access.CaseAction;
import nl.reflectiewerkplaats.access.NoAccessException;
import nl.reflectiewerkplaats.base.InvalidInputException;
import nl.reflectiewerkplaats.base.Stored;
import nl.reflectiewerkplaats.base.Texts;
import nl.reflectiewerkplaats.instrument.InstrumentKind;
import nl.reflectiewerkplaats.instrument.Instruments;
import nl.reflectiewerkplaats.live.CaseSupport;
import nl.reflectiewerkplaats.round.Round;
import nl.reflectiewerkplaats.round.RoundChanged;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Running a leerbijeenkomst: the agenda of instruments, the step the group is in (which
 * every participant's screen follows), "klaar" signals, the timer and the moment of
 * silence; and the facilitator's private preparation (werkkaart 1).
 */
@Service
@RequiredArgsConstructor
public class FacilitationService {

    private final AgendaRepository agendas;
    private final PreparationRepository preparations;
    private final AgendaTemplateRepository templates;
    private final CaseSupport support;
    private final Instruments instruments;
    private final ObjectProvider<AgendaPlan> plans;

    /** The meeting's agenda; the first time, a starting agenda the facilitator can change. */
    public Agenda agenda(Actor actor, String caseId, String meetingId) {
        support.access().check(actor, caseId, CaseAction.READ);
        return agendas.findByMeetingId(meetingId).orElseGet(() -> startingAgenda(caseId, meetingId));
    }

    private Agenda startingAgenda(String caseId, String meetingId) {
        Agenda fresh = new Agenda(caseId, meetingId);
        fresh.addStep("DREAM", "Vragen naar de droom", 20);
        fresh.addStep("FIELDS", "Spanningsvelden", 30);
        fresh.addStep("PERSPECTIVE", "Perspectiefwissel", 30);
        fresh.addStep("CLOSING", "Afsluiting", 15);
        try {
            return agendas.save(fresh);
        } catch (DuplicateKeyException e) {
            return agendas.findByMeetingId(meetingId).orElseThrow();
        }
    }

    /** Adds a step about a registered instrument (its id, see {@link Instruments}). */
    public Agenda addStep(Actor actor, String caseId, String meetingId, String instrument, String title, int minutes) {
        String name = Texts.required(title, Agenda.TITLE_MAX_LENGTH, "field.stepTitle");
        if (instrument == null || instrument.isBlank()) {
            throw new InvalidInputException("error.input.required", "field.instrument");
        }
        if (instruments.byId(instrument).isEmpty()) {
            throw new InvalidInputException("error.agenda.unknownInstrument");
        }
        if (minutes < 1 || minutes > 240) {
            throw new InvalidInputException("error.agenda.minutes");
        }
        return change(actor, caseId, meetingId, a -> a.addStep(instrument, name, minutes));
    }

    public Agenda removeStep(Actor actor, String caseId, String meetingId, String stepId) {
        return change(actor, caseId, meetingId, a -> a.removeStep(stepId));
    }

    public Agenda moveStep(Actor actor, String caseId, String meetingId, String stepId, int delta) {
        return change(actor, caseId, meetingId, a -> a.move(stepId, delta));
    }

    /** Takes the group to a step: every participant's screen follows. */
    public Agenda goTo(Actor actor, String caseId, String meetingId, String stepId) {
        return change(actor, caseId, meetingId, a -> a.goTo(stepId));
    }

    public Agenda startTimer(Actor actor, String caseId, String meetingId, int minutes) {
        if (minutes < 1 || minutes > 240) {
            throw new InvalidInputException("error.agenda.minutes");
        }
        return change(actor, caseId, meetingId, a -> a.startTimer(support.now(), Duration.ofMinutes(minutes)));
    }

    public Agenda pauseTimer(Actor actor, String caseId, String meetingId) {
        return change(actor, caseId, meetingId, a -> a.pauseTimer(support.now()));
    }

    public Agenda resumeTimer(Actor actor, String caseId, String meetingId) {
        return change(actor, caseId, meetingId, a -> a.resumeTimer(support.now()));
    }

    public Agenda extendTimer(Actor actor, String caseId, String meetingId, int minutes) {
        return change(actor, caseId, meetingId, a -> a.extendTimer(Duration.ofMinutes(minutes)));
    }

    public Agenda stopTimer(Actor actor, String caseId, String meetingId) {
        return change(actor, caseId, meetingId, Agenda::stopTimer);
    }

    public Agenda setSilence(Actor actor, String caseId, String meetingId, boolean silence) {
        return change(actor, caseId, meetingId, a -> a.setSilence(silence));
    }

    /** Saves this meeting's steps as a template of the facilitator's own, to reuse. */
    public AgendaTemplate saveTemplate(Actor actor, String caseId, String meetingId, String name) {
        support.access().check(actor, caseId, CaseAction.MODERATE);
        String title = Texts.required(name, AgendaTemplate.NAME_MAX_LENGTH, "field.templateName");
        return templates.save(new AgendaTemplate(actor.id(), title, agenda(actor, caseId, meetingId).getSteps(),
                support.now()));
    }

    public List<AgendaTemplate> templates(Actor actor) {
        if (!(actor instanceof Actor.Facilitator)) {
            throw new NoAccessException();
        }
        List<AgendaTemplate> provided = plans.orderedStream().map(AgendaPlan::asTemplate).toList();
        return Stream.concat(provided.stream(), templates.findByOwnerIdOrderByNameAsc(actor.id()).stream()).toList();
    }

    /** Uses a saved template, or one the product provides ({@link AgendaPlan#templateId()}), as this meeting's agenda. */
    public Agenda useTemplate(Actor actor, String caseId, String meetingId, String templateId) {
        AgendaTemplate template = templateId != null && templateId.startsWith(AgendaPlan.TEMPLATE_PREFIX)
                ? Stored.found(plans.orderedStream().filter(p -> p.templateId().equals(templateId)).findFirst()
                        .map(AgendaPlan::asTemplate), "error.agenda.templateGone")
                : Stored.found(templates.findById(templateId)
                        .filter(t -> actor.id().equals(t.getOwnerId())), "error.agenda.templateGone");
        return change(actor, caseId, meetingId, a -> a.replaceSteps(template.getSteps()));
    }

    /** Lights up one item for everyone ("kijk hier"); null or empty takes it away. */
    public Agenda spotlight(Actor actor, String caseId, String meetingId, String text) {
        String shown = text == null || text.isBlank() ? null : Texts.required(text, 600, "field.spotlight");
        return change(actor, caseId, meetingId, a -> a.setSpotlight(shown));
    }

    /** A participant says "klaar" (or takes it back) in the current step. */
    public Agenda ready(Actor actor, String caseId, String meetingId, boolean ready) {
        support.access().check(actor, caseId, CaseAction.CONTRIBUTE);
        return save(caseId, meetingId, a -> a.markReady(actor.id(), ready), actor);
    }

    /** The facilitator's private preparation; never for participants. */
    public Preparation preparation(Actor actor, String caseId, String meetingId) {
        support.access().check(actor, caseId, CaseAction.MODERATE);
        return preparations.findByMeetingId(meetingId).orElseGet(() -> new Preparation(caseId, meetingId));
    }

    public Preparation writePreparation(Actor actor, String caseId, String meetingId, String learningQuestion,
                                        String notes) {
        support.access().check(actor, caseId, CaseAction.MODERATE);
        Preparation prep = preparation(actor, caseId, meetingId);
        prep.write(Texts.optional(learningQuestion, 500, "field.learningQuestion"),
                Texts.optional(notes, Preparation.TEXT_MAX_LENGTH, "field.prepNotes"));
        return Stored.save(preparations, prep, "error.preparation.changedMeanwhile");
    }

    /**
     * When the facilitator starts a round, the agenda moves to the step of that
     * instrument, so the agenda stays the one answer to "where are we now?".
     */
    @EventListener
    public void onRoundChanged(RoundChanged event) {
        Round round = event.round();
        if (round.getPhase() != Round.Phase.ANSWERING) {
            return;
        }
        String instrument = instruments.forTopic(round.getTopic()).map(InstrumentKind::id).orElse(null);
        if (instrument == null) {
            return;
        }
        for (int attempt = 0; attempt < 5; attempt++) {
            Agenda agenda = agendas.findByMeetingId(round.getMeetingId())
                    .orElseGet(() -> startingAgenda(round.getCaseId(), round.getMeetingId()));
            var step = agenda.getSteps().stream().filter(s -> instrument.equals(s.instrument())).findFirst();
            if (step.isEmpty() || agenda.current().equals(step)) {
                return;
            }
            agenda.goTo(step.get().id());
            try {
                support.publish(new AgendaChanged(round.getCaseId(), agendas.save(agenda)));
                return;
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                // changed at the same moment: try again on the new state
            }
        }
    }

    private Agenda change(Actor actor, String caseId, String meetingId, Consumer<Agenda> change) {
        support.access().check(actor, caseId, CaseAction.MODERATE);
        return save(caseId, meetingId, a -> {
            if (!a.isLedBy(actor.id())) {
                throw new InvalidInputException("error.agenda.notLeader", a.getLeaderName());
            }
            change.accept(a);
        }, actor);
    }

    /**
     * The one who leads (or anyone, while nobody holds the lead) hands it to another
     * facilitator of the case; from then on only they steer the agenda, timer and
     * silence.
     */
    public Agenda handLead(Actor actor, String caseId, String meetingId, String toAccountId, String toName) {
        Actor.Facilitator to = new Actor.Facilitator(toAccountId, toName);
        if (toAccountId == null || !support.access().allows(to, caseId, CaseAction.MODERATE)) {
            throw new InvalidInputException("error.agenda.leadTarget");
        }
        return change(actor, caseId, meetingId, a -> a.setLeader(toAccountId, toName));
    }

    /**
     * A facilitator of the case takes the lead, e.g. when the one leading lost their
     * connection: the meeting goes on. Everyone sees who leads now.
     */
    public Agenda takeLead(Actor actor, String caseId, String meetingId) {
        support.access().check(actor, caseId, CaseAction.MODERATE);
        return save(caseId, meetingId, a -> a.setLeader(actor.id(), actor.displayName()), actor);
    }

    private Agenda save(String caseId, String meetingId, Consumer<Agenda> change, Actor actor) {
        // someone else may change the agenda at the same moment (e.g. another "klaar"): applied to the new state
        Agenda saved = Stored.update(agendas, () -> agenda(actor, caseId, meetingId), change, "error.agenda.busy");
        support.publish(new AgendaChanged(caseId, saved));
        return saved;
    }
}
