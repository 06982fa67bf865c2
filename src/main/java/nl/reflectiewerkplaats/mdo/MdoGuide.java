package nl.reflectiewerkplaats.mdo;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.reflectiewerkplaats.cards.CardTitle;
import nl.reflectiewerkplaats.cards.SourceRef;

/** The six steps of an MDO, in our own words, as read from {@code werkkaarten/mdo.yaml}. */
public record MdoGuide(
        @CardTitle String title,
        @NotBlank @Size(max = 800) String intro,
        @Size(min = 6, max = 6) List<@Valid @NotNull Step> steps,
        @NotBlank @Size(max = 400) String consent,
        @Valid @NotNull SourceRef source) {

    public MdoGuide {
        steps = List.copyOf(steps);
    }

    /**
     * One step: its question, a hint for whoever leads, and the instrument (its registered
     * id) the agenda step opens.
     */
    public record Step(
            @Min(1) @Max(6) int number,
            @NotBlank @Size(max = 60) String title,
            @NotBlank @Size(max = 300) String question,
            @NotBlank @Size(max = 500) String hint,
            @NotBlank @Size(max = 40) String instrument,
            @Min(1) @Max(240) int minutes) {
    }
}
