package nl.reflectiewerkplaats.facilitation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import nl.reflectiewerkplaats.base.NotFoundException;
import nl.reflectiewerkplaats.base.OnePerMeetingDocument;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How a leerbijeenkomst runs: its steps in order, where the group is now, who has said
 * "klaar" in this step, the timer everyone sees, and whether it is a moment of silence.
 */
@Getter
@ExportRule
@Document("agendas")
public class Agenda extends OnePerMeetingDocument {

    public static final int TITLE_MAX_LENGTH = 80;

    /**
     * One step: an instrument (its registered id, e.g. {@code "DREAM"}; the same strings
     * as before instruments registered themselves, so older agendas load), a title, a
     * planned duration.
     */
    public record Step(String id, String instrument, String title, int plannedMinutes) {
    }

    private List<Step> steps = new ArrayList<>();
    private String currentStepId;
    private Set<String> ready = new HashSet<>();
    /** When the running timer reaches zero; null when it is not running. */
    private Instant timerEndsAt;
    /** Seconds left on a paused timer; null when there is none. */
    private Long timerPausedSeconds;
    private boolean silence;
    /** What the facilitator lit up for everyone ("kijk hier"), or null. */
    private String spotlight;
    /** Who leads right now (an account id), or null while every facilitator of the case may lead. */
    private String leaderId;
    private String leaderName;

    protected Agenda() {
    }

    Agenda(String caseId, String meetingId) {
        super(caseId, meetingId);
    }

    public List<Step> getSteps() {
        return List.copyOf(steps);
    }

    public Optional<Step> current() {
        return steps.stream().filter(s -> s.id().equals(currentStepId)).findFirst();
    }

    public int currentIndex() {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(currentStepId)) {
                return i;
            }
        }
        return -1;
    }

    public int readyCount() {
        return ready.size();
    }

    public boolean isReady(String actorId) {
        return ready.contains(actorId);
    }

    void setSpotlight(String spotlight) {
        this.spotlight = spotlight;
    }

    /** May this facilitator steer the meeting now? Yes if they lead, or if nobody holds the lead. */
    public boolean isLedBy(String accountId) {
        return leaderId == null || leaderId.equals(accountId);
    }

    void setLeader(String accountId, String name) {
        this.leaderId = accountId;
        this.leaderName = name;
    }

    void addStep(String instrument, String title, int minutes) {
        steps.add(new Step(UUID.randomUUID().toString(), instrument, title, minutes));
        if (currentStepId == null) {
            currentStepId = steps.getFirst().id();
        }
    }

    /** Replaces the steps (a template); the group starts again at the first. */
    void replaceSteps(List<Step> newSteps) {
        steps.clear();
        newSteps.forEach(s -> addStep(s.instrument(), s.title(), s.plannedMinutes()));
        currentStepId = steps.isEmpty() ? null : steps.getFirst().id();
        ready.clear();
    }

    void removeStep(String stepId) {
        int index = indexOf(stepId);
        steps.remove(index);
        if (stepId.equals(currentStepId)) {
            currentStepId = steps.isEmpty() ? null : steps.get(Math.min(index, steps.size() - 1)).id();
            ready.clear();
        }
    }

    void move(String stepId, int delta) {
        int from = indexOf(stepId);
        int to = Math.max(0, Math.min(steps.size() - 1, from + delta));
        steps.add(to, steps.remove(from));
    }

    void goTo(String stepId) {
        indexOf(stepId);
        if (!stepId.equals(currentStepId)) {
            currentStepId = stepId;
            ready.clear();
        }
    }

    void markReady(String actorId, boolean isReady) {
        if (isReady) {
            ready.add(actorId);
        } else {
            ready.remove(actorId);
        }
    }

    void startTimer(Instant now, Duration length) {
        timerEndsAt = now.plus(length);
        timerPausedSeconds = null;
    }

    void pauseTimer(Instant now) {
        if (timerEndsAt != null) {
            timerPausedSeconds = Math.max(0, Duration.between(now, timerEndsAt).toSeconds());
            timerEndsAt = null;
        }
    }

    void resumeTimer(Instant now) {
        if (timerPausedSeconds != null) {
            timerEndsAt = now.plusSeconds(timerPausedSeconds);
            timerPausedSeconds = null;
        }
    }

    void extendTimer(Duration extra) {
        if (timerEndsAt != null) {
            timerEndsAt = timerEndsAt.plus(extra);
        } else if (timerPausedSeconds != null) {
            timerPausedSeconds += extra.toSeconds();
        }
    }

    void stopTimer() {
        timerEndsAt = null;
        timerPausedSeconds = null;
    }

    void setSilence(boolean silence) {
        this.silence = silence;
    }

    private int indexOf(String stepId) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        throw new NotFoundException("error.agenda.stepGone");
    }
}
