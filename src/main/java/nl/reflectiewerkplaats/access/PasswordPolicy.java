package nl.reflectiewerkplaats.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.reflectiewerkplaats.base.InvalidInputException;
import org.passay.DefaultPasswordValidator;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RuleResultDetail;
import org.passay.ValidationResult;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.WordLists;
import org.passay.rule.DictionaryRule;
import org.passay.rule.LengthRule;
import org.passay.rule.UsernameRule;
import org.springframework.stereotype.Component;
import java.util.Arrays;

/**
 * What a password must be, checked with Passay: at least {@value #MIN_LENGTH}
 * characters, not one of the ~49,000 most common (leaked) passwords bundled in
 * {@code passwords/common-passwords.txt} (in any case, also reversed), and not
 * containing the username. An online breach check cannot be reached from where the
 * app runs, so the bundled list stands in for it.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = FacilitatorAccount.PASSWORD_MAX_LENGTH;
    static final String COMMON_PASSWORDS = "/passwords/common-passwords.txt";

    private final PasswordValidator validator;

    PasswordPolicy() {
        String[] words = readWords();
        Arrays.sort(words, WordLists.CASE_INSENSITIVE_COMPARATOR);
        validator = new DefaultPasswordValidator(List.of(
                new LengthRule(MIN_LENGTH, MAX_LENGTH),
                new DictionaryRule(new WordListDictionary(new ArrayWordList(words, false)), true),
                new UsernameRule(true, true)));
    }

    /** Throws an {@link InvalidInputException} with a Dutch message unless the password may be used. */
    public void check(String password, String username) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("error.password.tooShort", MIN_LENGTH);
        }
        ValidationResult result = validator.validate(new PasswordData(username == null ? "" : username, password));
        if (result.isValid()) {
            return;
        }
        RuleResultDetail first = result.getDetails().getFirst();
        throw switch (first.getErrorCode()) {
            case LengthRule.ERROR_CODE_MIN -> new InvalidInputException("error.password.tooShort", MIN_LENGTH);
            case LengthRule.ERROR_CODE_MAX -> new InvalidInputException("error.password.tooLong", MAX_LENGTH);
            case UsernameRule.ERROR_CODE, UsernameRule.ERROR_CODE_REVERSED ->
                    new InvalidInputException("error.password.username");
            default -> new InvalidInputException("error.password.common");
        };
    }

    private static String[] readWords() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException("missing " + COMMON_PASSWORDS);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(w -> !w.isEmpty()).toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
