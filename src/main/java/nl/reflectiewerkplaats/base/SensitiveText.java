package nl.reflectiewerkplaats.base;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spots what looks like it identifies a person and does not belong in a
 * pseudonymised case: a BSN (nine digits that pass the eleven-test), an e-mail
 * address, a phone number, or a full date of birth next to a name.
 */
public final class SensitiveText {

    public enum Kind {
        BSN, EMAIL, PHONE, BIRTH_DATE
    }

    private static final Pattern NINE_DIGITS = Pattern.compile("(?<![\\p{Alnum}.])(\\d{4}[. ]?\\d{2}[. ]?\\d{3}|\\d{3}[. ]?\\d{2}[. ]?\\d{2}[. ]?\\d{2}|\\d{9})(?![\\p{Alnum}])");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)*\\.[a-zA-Z]{2,}");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\p{Alnum}+])(\\+31|0031|0)[ -]?(6[ -]?\\d{8}|[1-9]\\d{1,2}[ -]?\\d{6,7})(?![\\p{Alnum}])");
    private static final String MONTHS = "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec";
    private static final Pattern FULL_DATE = Pattern.compile(
            "(?i)\\b(\\d{1,2}[-/.]\\d{1,2}[-/.](19|20)\\d{2}|\\d{1,2} (" + MONTHS + ")\\.? (19|20)\\d{2})\\b");
    private static final Pattern BIRTH_WORD = Pattern.compile("(?i)\\b(geboren|geb\\.|geboortedatum|geb)\\b");
    private static final Pattern NAME_LIKE = Pattern.compile("(?<![.!?]\\s)(?<!^)\\b\\p{Lu}\\p{Ll}{2,}\\b");

    private SensitiveText() {
    }

    public static Set<Kind> findings(String text) {
        Set<Kind> found = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return found;
        }
        Matcher nine = NINE_DIGITS.matcher(text);
        while (nine.find()) {
            if (elevenProof(nine.group(1).replaceAll("[. ]", ""))) {
                found.add(Kind.BSN);
            }
        }
        if (EMAIL.matcher(text).find()) {
            found.add(Kind.EMAIL);
        }
        if (PHONE.matcher(text).find()) {
            found.add(Kind.PHONE);
        }
        Matcher date = FULL_DATE.matcher(text);
        while (date.find()) {
            int from = Math.max(0, date.start() - 40);
            int to = Math.min(text.length(), date.end() + 40);
            String around = text.substring(from, to);
            if (BIRTH_WORD.matcher(around).find() || NAME_LIKE.matcher(around).find()) {
                found.add(Kind.BIRTH_DATE);
            }
        }
        return found;
    }

    /** The BSN eleven-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all zeros). */
    static boolean elevenProof(String digits) {
        if (digits.length() != 9 || digits.chars().allMatch(c -> c == '0')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (digits.charAt(i) - '0');
        }
        sum -= digits.charAt(8) - '0';
        return sum % 11 == 0;
    }

    /** Thrown (once) when a text looks sensitive and the person has not yet confirmed it. */
    public static final class Warning extends UserFacingException {
        private final transient List<Kind> kinds;

        Warning(Set<Kind> kinds) {
            super("warning.sensitive");
            this.kinds = new ArrayList<>(kinds);
        }

        public List<Kind> kinds() {
            return List.copyOf(kinds);
        }
    }

    private static final ThreadLocal<Boolean> CONFIRMED = ThreadLocal.withInitial(() -> false);

    /** Runs the action with texts accepted as they are: the person said they belong here. */
    public static void confirmed(Runnable action) {
        CONFIRMED.set(true);
        try {
            action.run();
        } finally {
            CONFIRMED.remove();
        }
    }

    /** Throws a {@link Warning} when the text looks sensitive, unless confirmed. */
    static void check(String text) {
        if (CONFIRMED.get()) {
            return;
        }
        Set<Kind> kinds = findings(text);
        if (!kinds.isEmpty()) {
            throw new Warning(kinds);
        }
    }
}
