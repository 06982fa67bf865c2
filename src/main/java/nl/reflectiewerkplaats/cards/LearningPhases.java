package nl.reflectiewerkplaats.cards;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Werkkaart 8: the three phases of learning together, read from {@code werkkaarten/fasen.yaml}. */
public record LearningPhases(
        @CardTitle String title,
        @NotBlank @Size(max = 800) String intro,
        @NotNull @Size(min = 3, max = 3) List<@Valid @NotNull Phase> phases,
        @Valid @NotNull SourceRef source) {

    /** One phase with its sub-themes and a few paraphrased voices from practice. */
    public record Phase(
            @CardId String id,
            @Min(1) @Max(3) int number,
            @CardTitle String title,
            @NotBlank @Size(max = 600) String description,
            @NotNull @Size(min = 2, max = 8) List<@NotBlank @Size(max = 200) String> subThemes,
            @NotNull @Size(min = 1, max = 6) List<@NotBlank @Size(max = 300) String> quotes) {
    }
}
