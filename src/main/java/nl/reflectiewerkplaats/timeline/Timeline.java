package nl.reflectiewerkplaats.timeline;

import lombok.Getter;
import nl.reflectiewerkplaats.base.ExportRule;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The settings of a case's one timeline: how the lanes are split, whether the
 * facilitator has locked it, and which event is lit up for everyone. The events,
 * periods and gaps are documents of their own.
 */
@Getter
@ExportRule
@Document("timelines")
public class Timeline {

    @Id
    private String id;
    @Indexed(unique = true)
    private String caseId;
    private LaneMode laneMode = LaneMode.PARTIES;
    private boolean locked;
    /** The event the facilitator lit up for everyone ("kijk hier"), or null. */
    private String highlightedEventId;
    @Version
    private Long version;

    protected Timeline() {
    }

    Timeline(String caseId) {
        this.caseId = caseId;
    }

    public LaneMode getLaneMode() {
        return laneMode == null ? LaneMode.PARTIES : laneMode;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    /** The settings as they are now, for the views and the live path. */
    public TimelineSettings settings() {
        return new TimelineSettings(getLaneMode(), locked, highlightedEventId, getVersion());
    }

    void setLaneMode(LaneMode laneMode) {
        this.laneMode = laneMode;
    }

    void setLocked(boolean locked) {
        this.locked = locked;
    }

    void setHighlightedEventId(String highlightedEventId) {
        this.highlightedEventId = highlightedEventId;
    }
}
