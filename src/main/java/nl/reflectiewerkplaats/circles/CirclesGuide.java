package nl.reflectiewerkplaats.circles;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.reflectiewerkplaats.cards.CardTitle;
import nl.reflectiewerkplaats.cards.SourceRef;

/** The texts of the three circles, in our own words, as read from {@code werkkaarten/cirkels.yaml}. */
public record CirclesGuide(
        @CardTitle String title,
        @NotBlank @Size(max = 800) String intro,
        @Size(min = 3, max = 3) List<@Valid @NotNull CircleText> circles,
        @Size(min = 3, max = 3) List<@Valid @NotNull ArrowText> arrows,
        @Valid @NotNull SourceRef source) {

    public CirclesGuide {
        circles = List.copyOf(circles);
        arrows = List.copyOf(arrows);
    }

    public CircleText circle(Circle circle) {
        return circles.stream().filter(c -> c.id() == circle).findFirst().orElseThrow();
    }

    public ArrowText arrow(Circle from) {
        return arrows.stream().filter(a -> a.from() == from).findFirst().orElseThrow();
    }

    /** A circle's name and what goes in it. */
    public record CircleText(@NotNull Circle id, @NotBlank @Size(max = 40) String name,
                             @NotBlank @Size(max = 300) String help) {
    }

    /** The arrow from one circle to the next: its name and the question it asks. */
    public record ArrowText(@NotNull Circle from, @NotBlank @Size(max = 40) String name,
                            @NotBlank @Size(max = 300) String question) {
    }
}
