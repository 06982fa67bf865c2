package nl.reflectiewerkplaats.casework;
import nl.reflectiewerkplaats.base.DutchTime;
import java.time.ZoneId;

/** Addresses of a meeting's pages, shared by the views that link to them. */
public final class MeetingPaths {

    public static final String WORKSPACE_ROUTE = "bijeenkomst/:meetingId";
    public static final String JOIN_ROUTE = "doe-mee/:token";
    /** Meetings happen in the Netherlands: a meeting's day ends at midnight Dutch time. */
    public static final ZoneId ZONE = DutchTime.ZONE;

    private MeetingPaths() {
    }

    public static String workspace(String meetingId) {
        return "bijeenkomst/" + meetingId;
    }

    public static String join(String token) {
        return "doe-mee/" + token;
    }
}
