package nl.reflectiewerkplaats.interview;

import java.util.List;

/**
 * The fixed parts of werkkaart 2 as keys (the texts are in the translations, in our
 * own words): the preparation checklist and the questions along the timeline.
 */
public final class InterviewGuide {

    public static final List<String> CHECKLIST = List.of("who", "information", "timeline", "purpose", "consent",
            "feedback");
    public static final List<String> QUESTIONS = List.of("missing", "moment", "others", "crucial", "turning");

    private InterviewGuide() {
    }
}
