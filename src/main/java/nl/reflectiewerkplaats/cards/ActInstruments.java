package nl.reflectiewerkplaats.cards;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * ACT!'s instruments for multidisciplinary meetings, read from {@code werkkaarten/act.yaml}:
 * the six levels of decision making, the four ways of acting, the eight competencies of
 * normative professionalism (the spinnenweb) and the pitfalls.
 */
public record ActInstruments(
        @Valid @NotNull DecisionLevels decisionLevels,
        @Valid @NotNull WaysOfActing waysOfActing,
        @Valid @NotNull Competencies competencies,
        @Valid @NotNull Pitfalls pitfalls) {

    /** The six levels, from "doordrukken" (1) to "synergie" (6); the last two are acceptable. */
    public record DecisionLevels(
            @CardTitle String title,
            @NotBlank @Size(max = 600) String intro,
            @NotNull @Size(min = 6, max = 6) List<@Valid @NotNull Level> levels,
            @Valid @NotNull SourceRef source) {

        public Optional<Level> level(String id) {
            return levels.stream().filter(l -> l.id().equals(id)).findFirst();
        }
    }

    public record Level(
            @CardId String id,
            @Min(1) @Max(6) int number,
            @NotBlank @Size(max = 60) String name,
            @NotBlank @Size(max = 300) String explanation,
            boolean acceptable) {
    }

    public record WaysOfActing(
            @CardTitle String title,
            @NotBlank @Size(max = 600) String intro,
            @NotNull @Size(min = 4, max = 4) List<@NotBlank @Size(max = 200) String> ways,
            @Valid @NotNull SourceRef source) {
    }

    /** The spinnenweb: eight competencies scored on an ordinal scale (one word per step). */
    public record Competencies(
            @CardTitle String title,
            @NotBlank @Size(max = 600) String intro,
            @NotNull @Size(min = 3, max = 7) List<@NotBlank @Size(max = 40) String> scale,
            @NotNull @Size(min = 8, max = 8) List<@Valid @NotNull Competency> items,
            @Valid @NotNull SourceRef source) {

        public Optional<Competency> competency(String id) {
            return items.stream().filter(c -> c.id().equals(id)).findFirst();
        }
    }

    public record Competency(
            @CardId String id,
            @Min(1) @Max(8) int number,
            @NotBlank @Size(max = 60) String name,
            @NotBlank @Size(max = 300) String explanation) {
    }

    public record Pitfalls(
            @CardTitle String title,
            @NotBlank @Size(max = 600) String intro,
            @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull Pitfall> items,
            @Valid @NotNull SourceRef source) {
    }

    public record Pitfall(
            @CardId String id,
            @NotBlank @Size(max = 200) String text) {
    }
}
