package nl.reflectiewerkplaats.cards;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A heading with its questions. */
public record QuestionGroup(
        @NotBlank @Size(max = 100) String heading,
        @NotEmpty @Size(max = 12) List<@NotBlank @Size(max = 300) String> items) {
}
