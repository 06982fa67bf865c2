package nl.reflectiewerkplaats.cards;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** One of the eight work cards, as read from {@code werkkaarten/kaarten/}. */
public record Werkkaart(
        @CardId String id,
        @Min(1) @Max(8) int number,
        @NotBlank @Size(max = 80) String title,
        @NotBlank @Size(max = 600) String purpose,
        @NotBlank @Size(max = 600) String whenToUse,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 300) String> steps,
        @NotEmpty @Size(max = 6) List<@Valid @NotNull QuestionGroup> questions,
        @Size(max = 6) List<@NotBlank @Size(max = 300) String> tips,
        @Valid @NotNull SourceRef source) {

    public Werkkaart {
        tips = tips == null ? List.of() : tips;
    }
}
