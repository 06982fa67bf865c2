package nl.reflectiewerkplaats.cards;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Werkkaart 6: the feeling words a group can pick from, read from {@code werkkaarten/gevoelskaarten.yaml}. */
public record FeelingCards(
        @NotBlank @Size(max = 100) String title,
        @NotBlank @Size(max = 600) String intro,
        @NotNull @Size(min = 6, max = 60) List<@NotBlank @Size(max = 40) String> words,
        @Valid @NotNull SourceRef source) {
}
