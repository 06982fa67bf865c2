package nl.reflectiewerkplaats.cards;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A spanningsveld: a line between two poles, read from {@code werkkaarten/spanningsvelden/}. */
public record TensionField(
        @CardId String id,
        @Min(1) @Max(6) int number,
        @CardTitle String title,
        @NotBlank @Size(max = 80) String leftPole,
        @NotBlank @Size(max = 80) String rightPole,
        @NotBlank @Size(max = 1200) String explanation,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 300) String> questions,
        @Size(max = 10) List<@NotBlank @Size(max = 300) String> bestuurderQuestions,
        @Valid @NotNull SourceRef source) {

    public TensionField {
        bestuurderQuestions = bestuurderQuestions == null ? List.of() : bestuurderQuestions;
    }
}
