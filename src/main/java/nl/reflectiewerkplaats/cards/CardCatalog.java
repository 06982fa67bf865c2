package nl.reflectiewerkplaats.cards;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import lombok.Getter;
import lombok.experimental.Accessors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The content of the werkkaarten and spanningsvelden, read from the data files in
 * {@code werkkaarten/} at start and validated; a malformed file stops the start
 * with a message that names the file and the field.
 */
@Component
@Accessors(fluent = true)
public class CardCatalog {

    @Getter
    private final List<Werkkaart> werkkaarten;
    @Getter
    private final TensionFieldIntro tensionFieldIntro;
    @Getter
    private final List<TensionField> tensionFields;
    @Getter
    private final DreamQuestions dreamQuestions;
    @Getter
    private final LearningPhases learningPhases;
    @Getter
    private final FeelingCards feelingCards;
    private final Map<String, String> imageCards;
    private final String base;
    private final ResourcePatternResolver resolver;
    /** ACT!'s decision levels, ways of acting, competencies (spinnenweb) and pitfalls. */
    @Getter
    private final ActInstruments act;

    @Autowired
    CardCatalog(@Value("${reflectiewerkplaats.cards-location:classpath:werkkaarten/}") String location) {
        this(location, new PathMatchingResourcePatternResolver());
    }

    CardCatalog(String location, ResourcePatternResolver resolver) {
        String base = location.endsWith("/") ? location : location + "/";
        this.base = base;
        this.resolver = resolver;
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            CardFiles files = new CardFiles(factory.getValidator());
            this.werkkaarten = files.readAll(resolver, base + "kaarten/*.yaml", Werkkaart.class, 8,
                    Werkkaart::number, Werkkaart::id);
            this.tensionFields = files.readAll(resolver, base + "spanningsvelden/veld-*.yaml", TensionField.class, 6,
                    TensionField::number, TensionField::id);
            this.tensionFieldIntro = files.readOne(resolver.getResource(base + "spanningsvelden/intro.yaml"),
                    TensionFieldIntro.class);
            this.dreamQuestions = files.readOne(resolver.getResource(base + "droom.yaml"), DreamQuestions.class);
            this.learningPhases = files.readOne(resolver.getResource(base + "fasen.yaml"), LearningPhases.class);
            this.feelingCards = files.readOne(resolver.getResource(base + "gevoelskaarten.yaml"), FeelingCards.class);
            this.act = files.readOne(resolver.getResource(base + "act.yaml"), ActInstruments.class);
        }
        this.imageCards = pictures(resolver, base, feelingCards);
    }

    /** The image cards' pictures as data: URLs, by card id. */
    private static Map<String, String> pictures(ResourcePatternResolver resolver, String base, FeelingCards cards) {
        Map<String, String> pictures = new LinkedHashMap<>();
        for (FeelingCards.ImageCard card : cards.images()) {
            Resource svg = resolver.getResource(base + "beeldkaarten/" + card.id() + ".svg");
            try (var in = svg.getInputStream()) {
                pictures.put(card.id(), "data:image/svg+xml;base64,"
                        + Base64.getEncoder().encodeToString(in.readAllBytes()));
            } catch (IOException e) {
                throw new CardContentException("gevoelskaarten.yaml", "images." + card.id(),
                        "het bestand beeldkaarten/" + card.id() + ".svg ontbreekt of is onleesbaar");
            }
        }
        return Map.copyOf(pictures);
    }

    /** Loads the content from a location such as {@code file:/path/werkkaarten/} (used by tests and tools). */
    public static CardCatalog load(String location) {
        return new CardCatalog(location);
    }

    public Optional<Werkkaart> werkkaart(String id) {
        return byId(werkkaarten, Werkkaart::id, id);
    }

    public Optional<TensionField> tensionField(String id) {
        return byId(tensionFields, TensionField::id, id);
    }

    /** An image card's picture as a data: URL (our own SVG, shown with an img element), by card id. */
    public String imageCardPicture(String id) {
        return imageCards.getOrDefault(id, "");
    }

    /**
     * A module's own data file in the same folder (e.g. {@code mdo.yaml}), read and validated
     * like the cards: a module keeps its content as data without this class naming it.
     * Read on each call: a module reads it once, when it starts.
     */
    public <T> T read(String file, Class<T> type) {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            return new CardFiles(factory.getValidator()).readOne(resolver.getResource(base + file), type);
        }
    }

    private static <T> Optional<T> byId(List<T> items, Function<T, String> idOf, String id) {
        return items.stream().filter(item -> idOf.apply(item).equals(id)).findFirst();
    }
}
