package nl.reflectiewerkplaats.cards;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Werkkaart 6: the feeling words a group can pick from, read from {@code werkkaarten/gevoelskaarten.yaml}. */
public record FeelingCards(
        @CardTitle String title,
        @NotBlank @Size(max = 600) String intro,
        @NotNull @Size(min = 6, max = 60) List<@NotBlank @Size(max = 40) String> words,
        @NotNull @Size(max = 40) List<@Valid @NotNull ImageCard> images,
        @Valid @NotNull SourceRef source) {

    /** Picks of image cards are stored with this prefix before the card's id. */
    public static final String IMAGE_PREFIX = "beeld:";

    /** An image card: {@code beeldkaarten/<id>.svg} with a label that says what it shows. */
    public record ImageCard(@NotBlank @Pattern(regexp = "[a-z0-9-]{1,40}") String id,
                            @NotBlank @Size(max = 60) String label) {
    }

    /** Every pickable card: the words, and the image cards as {@code beeld:<id>}. */
    public List<String> allCards() {
        return Stream.concat(words.stream(), images.stream().map(i -> IMAGE_PREFIX + i.id())).toList();
    }

    public Optional<ImageCard> image(String card) {
        return card != null && card.startsWith(IMAGE_PREFIX)
                ? images.stream().filter(i -> i.id().equals(card.substring(IMAGE_PREFIX.length()))).findFirst()
                : Optional.empty();
    }
}
