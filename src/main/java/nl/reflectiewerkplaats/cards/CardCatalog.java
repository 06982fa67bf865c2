package nl.reflectiewerkplaats.cards;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The content of the werkkaarten and spanningsvelden, read from the data files in
 * {@code werkkaarten/} at start and validated; a malformed file stops the start
 * with a message that names the file and the field.
 */
@Component
public class CardCatalog {

    private final List<Werkkaart> werkkaarten;
    private final TensionFieldIntro tensionFieldIntro;
    private final List<TensionField> tensionFields;
    private final DreamQuestions dreamQuestions;
    private final LearningPhases learningPhases;
    private final FeelingCards feelingCards;
    private final Map<String, String> imageCards;

    @org.springframework.beans.factory.annotation.Autowired
    CardCatalog(@Value("${reflectiewerkplaats.cards-location:classpath:werkkaarten/}") String location) {
        this(location, new PathMatchingResourcePatternResolver());
    }

    CardCatalog(String location, ResourcePatternResolver resolver) {
        String base = location.endsWith("/") ? location : location + "/";
        YAMLMapper mapper = YAMLMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Reader reader = new Reader(mapper, factory.getValidator());
            this.werkkaarten = reader.readAll(resolver, base + "kaarten/*.yaml", Werkkaart.class, 8,
                    Werkkaart::number, Werkkaart::id);
            this.tensionFields = reader.readAll(resolver, base + "spanningsvelden/veld-*.yaml", TensionField.class, 6,
                    TensionField::number, TensionField::id);
            this.tensionFieldIntro = reader.readOne(resolver.getResource(base + "spanningsvelden/intro.yaml"),
                    TensionFieldIntro.class);
            this.dreamQuestions = reader.readOne(resolver.getResource(base + "droom.yaml"), DreamQuestions.class);
            this.learningPhases = reader.readOne(resolver.getResource(base + "fasen.yaml"), LearningPhases.class);
            this.feelingCards = reader.readOne(resolver.getResource(base + "gevoelskaarten.yaml"), FeelingCards.class);
        }
        Map<String, String> pictures = new LinkedHashMap<>();
        for (FeelingCards.ImageCard card : feelingCards.images()) {
            Resource svg = resolver.getResource(base + "beeldkaarten/" + card.id() + ".svg");
            try (var in = svg.getInputStream()) {
                pictures.put(card.id(), "data:image/svg+xml;base64,"
                        + Base64.getEncoder().encodeToString(in.readAllBytes()));
            } catch (IOException e) {
                throw new CardContentException("gevoelskaarten.yaml", "images." + card.id(),
                        "het bestand beeldkaarten/" + card.id() + ".svg ontbreekt of is onleesbaar");
            }
        }
        this.imageCards = Map.copyOf(pictures);
    }

    /** Loads the content from a location such as {@code file:/path/werkkaarten/} (used by tests and tools). */
    public static CardCatalog load(String location) {
        return new CardCatalog(location);
    }

    public List<Werkkaart> werkkaarten() {
        return werkkaarten;
    }

    public Optional<Werkkaart> werkkaart(String id) {
        return werkkaarten.stream().filter(w -> w.id().equals(id)).findFirst();
    }

    public TensionFieldIntro tensionFieldIntro() {
        return tensionFieldIntro;
    }

    public List<TensionField> tensionFields() {
        return tensionFields;
    }

    public Optional<TensionField> tensionField(String id) {
        return tensionFields.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public DreamQuestions dreamQuestions() {
        return dreamQuestions;
    }

    public LearningPhases learningPhases() {
        return learningPhases;
    }

    public FeelingCards feelingCards() {
        return feelingCards;
    }

    /** An image card's picture as a data: URL (our own SVG, shown with an img element), by card id. */
    public String imageCardPicture(String id) {
        return imageCards.getOrDefault(id, "");
    }

    private record Reader(YAMLMapper mapper, Validator validator) {

        <T> List<T> readAll(ResourcePatternResolver resolver, String pattern, Class<T> type, int expected,
                            ToIntFunction<T> number, Function<T, String> id) {
            Resource[] resources;
            try {
                resources = resolver.getResources(pattern);
            } catch (IOException e) {
                throw new CardContentException(pattern, "", "kan de map niet lezen (" + e.getMessage() + ")");
            }
            Arrays.sort(resources, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            List<T> items = new ArrayList<>();
            Set<Integer> numbers = new HashSet<>();
            Set<String> ids = new HashSet<>();
            for (Resource resource : resources) {
                T item = readOne(resource, type);
                if (!numbers.add(number.applyAsInt(item))) {
                    throw new CardContentException(name(resource), "number", "dit nummer komt twee keer voor");
                }
                if (!ids.add(id.apply(item))) {
                    throw new CardContentException(name(resource), "id", "deze id komt twee keer voor");
                }
                items.add(item);
            }
            if (items.size() != expected) {
                throw new CardContentException(pattern, "", "verwacht " + expected + " bestanden, gevonden " + items.size());
            }
            items.sort(Comparator.comparingInt(number));
            return List.copyOf(items);
        }

        <T> T readOne(Resource resource, Class<T> type) {
            String file = name(resource);
            if (!resource.exists()) {
                throw new CardContentException(file, "", "bestand ontbreekt");
            }
            T value;
            try (InputStream in = resource.getInputStream()) {
                value = mapper.readValue(in, type);
            } catch (JacksonException e) {
                throw new CardContentException(file, path(e), e.getOriginalMessage());
            } catch (IOException e) {
                throw new CardContentException(file, "", "kan het bestand niet lezen (" + e.getMessage() + ")");
            }
            if (value == null) {
                throw new CardContentException(file, "", "het bestand is leeg");
            }
            Set<ConstraintViolation<T>> violations = validator.validate(value);
            if (!violations.isEmpty()) {
                ConstraintViolation<T> first = violations.stream()
                        .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                        .orElseThrow();
                String all = violations.stream()
                        .map(v -> v.getPropertyPath() + " " + v.getMessage())
                        .sorted()
                        .collect(Collectors.joining("; "));
                throw new CardContentException(file, first.getPropertyPath().toString(), all);
            }
            return value;
        }

        private static String path(JacksonException e) {
            StringBuilder sb = new StringBuilder();
            for (JacksonException.Reference ref : e.getPath()) {
                if (ref.getPropertyName() != null) {
                    if (!sb.isEmpty()) {
                        sb.append('.');
                    }
                    sb.append(ref.getPropertyName());
                } else if (ref.getIndex() >= 0) {
                    sb.append('[').append(ref.getIndex()).append(']');
                }
            }
            return sb.toString();
        }

        private static String name(Resource resource) {
            try {
                return resource.getURI().toString().replaceFirst("^.*?(werkkaarten/)", "$1");
            } catch (IOException e) {
                return String.valueOf(resource.getFilename()).toLowerCase(Locale.ROOT);
            }
        }
    }
}
