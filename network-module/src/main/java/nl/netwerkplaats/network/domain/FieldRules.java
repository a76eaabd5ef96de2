package nl.netwerkplaats.network.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.netwerkplaats.kernel.reference.ReferenceData;
import nl.netwerkplaats.network.api.InputRejectedException;
import nl.netwerkplaats.network.api.InputRejectedException.Problem;

/**
 * The checks that helpdesk questions and loket entries share. Each returns the value as it is stored (stripped,
 * blank turned into null) or throws {@link InputRejectedException} naming the field.
 */
public final class FieldRules {

    /** One address, no spaces, no list or display-name syntax, so it can never smuggle in a second recipient. */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>()\\[\\],;:\"\\\\]+@[^\\s@<>()\\[\\],;:\"\\\\.]+"
            + "(\\.[^\\s@<>()\\[\\],;:\"\\\\.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9(][0-9 ()\\-]{5,28}[0-9]");
    private static final Pattern CBS_CODE = Pattern.compile("(?i)(GM)?([0-9]{4})");

    private FieldRules() {
    }

    public static String required(String field, String value, int maxLength) {
        String stripped = optional(field, value, maxLength);
        if (stripped == null) {
            throw new InputRejectedException(field, Problem.REQUIRED);
        }
        return stripped;
    }

    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        // Counted in characters, as PostgreSQL counts varchar lengths.
        if (stripped.codePointCount(0, stripped.length()) > maxLength) {
            throw new InputRejectedException(field, Problem.TOO_LONG, maxLength);
        }
        return stripped;
    }

    /** The lower-cased address, or null when blank. */
    public static String optionalEmail(String field, String value, int maxLength) {
        String stripped = optional(field, value, maxLength);
        if (stripped != null && !EMAIL.matcher(stripped).matches()) {
            throw new InputRejectedException(field, Problem.INVALID_EMAIL);
        }
        return stripped == null ? null : stripped.toLowerCase(Locale.ROOT);
    }

    public static String requiredEmail(String field, String value, int maxLength) {
        String email = optionalEmail(field, value, maxLength);
        if (email == null) {
            throw new InputRejectedException(field, Problem.REQUIRED);
        }
        return email;
    }

    public static String optionalPhone(String field, String value, int maxLength) {
        String stripped = optional(field, value, maxLength);
        if (stripped != null && !PHONE.matcher(stripped).matches()) {
            throw new InputRejectedException(field, Problem.INVALID_PHONE);
        }
        return stripped;
    }

    /**
     * The CBS code of a current municipality; "GM0150", "gm0150" and "0150" all give "GM0150".
     *
     * @throws InputRejectedException when no current municipality has this code
     */
    public static String municipalityCode(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InputRejectedException(field, Problem.REQUIRED);
        }
        Matcher matcher = CBS_CODE.matcher(value.strip());
        if (!matcher.matches() || ReferenceData.get().municipality("GM" + matcher.group(2)).isEmpty()) {
            throw new InputRejectedException(field, Problem.UNKNOWN_MUNICIPALITY);
        }
        return "GM" + matcher.group(2);
    }

    /** "nl" or "en"; anything else is Dutch, the platform's default. */
    public static String language(String value) {
        return "en".equalsIgnoreCase(value == null ? null : value.strip()) ? "en" : "nl";
    }
}
