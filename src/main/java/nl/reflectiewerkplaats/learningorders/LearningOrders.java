package nl.reflectiewerkplaats.learningorders;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.reflectiewerkplaats.cards.SourceRef;

/** The three orders of learning and the three ways to show a lesson, in our own words, from {@code werkkaarten/leerordes.yaml}. */
public record LearningOrders(
        @NotBlank @Size(max = 100) String title,
        @NotBlank @Size(max = 800) String intro,
        @NotNull @Size(min = 3, max = 3) List<@Valid @NotNull Order> orders,
        @NotNull @Size(min = 3, max = 3) List<@Valid @NotNull Level> evidence,
        @Valid @NotNull SourceRef source) {

    /** One order of learning. */
    public record Order(@NotNull LearningOrder id, @NotBlank @Size(max = 60) String name,
                        @NotBlank @Size(max = 120) String question, @NotBlank @Size(max = 400) String explanation) {
    }

    /** One way a lesson would show. */
    public record Level(@NotNull Evidence id, @NotBlank @Size(max = 40) String name,
                        @NotBlank @Size(max = 300) String explanation) {
    }

    public Order order(LearningOrder id) {
        return orders.stream().filter(o -> o.id() == id).findFirst().orElseThrow();
    }

    public Level level(Evidence id) {
        return evidence.stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    }
}
