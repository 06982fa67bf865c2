package nl.reflectiewerkplaats.cards;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** "Vragen naar de droom": questions to the child and to oneself as professional. */
public record DreamQuestions(
        @CardTitle String title,
        @NotBlank @Size(max = 600) String intro,
        @NotEmpty @Size(max = 12) List<@NotBlank @Size(max = 300) String> childQuestions,
        @NotEmpty @Size(max = 12) List<@NotBlank @Size(max = 300) String> professionalQuestions,
        @Valid @NotNull SourceRef source) {
}
