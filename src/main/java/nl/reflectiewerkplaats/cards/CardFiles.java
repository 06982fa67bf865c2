package nl.reflectiewerkplaats.cards;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the card data files: strict YAML, then the records' validation rules; a
 * malformed file gives a {@link CardContentException} that names the file and the field.
 */
final class CardFiles {

    /** Strict YAML: an unknown field or a missing number is an error, not a default. */
    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private final Validator validator;

    CardFiles(Validator validator) {
        this.validator = validator;
    }

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
        validate(file, value);
        return value;
    }

    /** Every rule the record's annotations state; the message names the first field and lists all. */
    private <T> void validate(String file, T value) {
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
