package nl.reflectiewerkplaats.cards;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What all spanningsvelden share: the explanation and the general questions. */
public record TensionFieldIntro(
        @CardTitle String title,
        @NotBlank @Size(max = 1200) String explanation,
        @NotNull @Size(min = 2, max = 10) List<@NotBlank @Size(max = 300) String> generalQuestions,
        @Valid @NotNull SourceRef source) {
}
