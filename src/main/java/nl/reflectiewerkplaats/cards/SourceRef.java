package nl.reflectiewerkplaats.cards;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Where in the publication a facilitator can read further. */
public record SourceRef(
        @NotBlank @Size(max = 200) String publication,
        @NotBlank @Size(max = 200) String section) {
}
