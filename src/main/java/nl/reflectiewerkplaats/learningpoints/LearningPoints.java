package nl.reflectiewerkplaats.learningpoints;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import nl.reflectiewerkplaats.cards.CardId;
import nl.reflectiewerkplaats.cards.CardTitle;
import nl.reflectiewerkplaats.cards.SourceRef;

/** The ten leerpunten as questions, in our own words, read from {@code werkkaarten/leerpunten.yaml}. */
public record LearningPoints(
        @CardTitle String title,
        @NotBlank @Size(max = 800) String intro,
        @NotNull @Size(min = 10, max = 10) List<@Valid @NotNull Point> points,
        @Valid @NotNull SourceRef source) {

    /** One leerpunt: its stable id (stored with the answers), its number, the question and a hint. */
    public record Point(
            @CardId String id,
            @Min(1) @Max(10) int number,
            @NotBlank @Size(max = 120) String question,
            @NotBlank @Size(max = 400) String explanation) {
    }

    public Optional<Point> point(String id) {
        return points.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
