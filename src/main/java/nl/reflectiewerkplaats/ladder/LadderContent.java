package nl.reflectiewerkplaats.ladder;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import nl.reflectiewerkplaats.cards.CardTitle;
import nl.reflectiewerkplaats.cards.SourceRef;

/**
 * The ladder's texts, in our own words, read from {@code werkkaarten/ladder.yaml}: a text per
 * situation and per way of working, in the order of {@link Rung} and {@link Approach}.
 */
public record LadderContent(
        @CardTitle String title,
        @NotBlank @Size(max = 800) String intro,
        @NotNull @Size(min = 5, max = 5) List<@Valid @NotNull Item> steps,
        @NotNull @Size(min = 5, max = 5) List<@Valid @NotNull Item> approaches,
        @Valid @NotNull Clock clock,
        @Valid @NotNull SourceRef source) {

    /** A situation or a way of working: its id is the enum constant's name. */
    public record Item(
            @NotBlank @Size(max = 40) String id,
            @NotBlank @Size(max = 60) String name,
            @NotBlank @Size(max = 400) String description) {
    }

    /** What the escalation clock is for. */
    public record Clock(@NotBlank @Size(max = 800) String intro) {
    }

    @AssertTrue(message = "steps en approaches volgen de volgorde van de ladder")
    boolean isInLadderOrder() {
        return steps != null && approaches != null
                && steps.stream().map(Item::id).toList().equals(Arrays.stream(Rung.values()).map(Enum::name).toList())
                && approaches.stream().map(Item::id).toList()
                        .equals(Arrays.stream(Approach.values()).map(Enum::name).toList());
    }

    public Item step(Rung rung) {
        return steps.get(rung.ordinal());
    }

    public Item approach(Approach approach) {
        return approaches.get(approach.ordinal());
    }
}
