package nl.reflectiewerkplaats.spiderweb;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A web to draw: a label and a score per competency id (absent: not scored).
 *
 * @param label e.g. "deze bijeenkomst", "vorige keer", "groep (3 gedeeld)"
 */
public record Web(String label, Map<String, Double> scores) {

    public Web {
        scores = Map.copyOf(scores);
    }

    /** One person's web from their stored scores. */
    public static Web of(String label, SelfAssessment assessment) {
        return new Web(label, assessment.getScores().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().doubleValue())));
    }

    /** The group's web: per competency the average of the shared webs that scored it. */
    public static Web average(String label, List<SelfAssessment> shared, List<String> competencies) {
        Map<String, Double> averages = new LinkedHashMap<>();
        for (String competency : competencies) {
            shared.stream().map(a -> a.getScores().get(competency)).filter(Objects::nonNull)
                    .mapToInt(Integer::intValue).average().ifPresent(avg -> averages.put(competency, avg));
        }
        return new Web(label, averages);
    }
}
