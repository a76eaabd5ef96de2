package nl.netwerkplaats.network.domain;

/**
 * A Chamber of Commerce (KvK) number: exactly eight digits. The KvK publishes no check digit for these numbers,
 * so the format is all that can be checked without asking the KvK itself.
 */
public final class KvkNumber {

    private KvkNumber() {
    }

    /** Spaces and dots people type are ignored; returns null when the result is not eight digits. */
    public static String normalise(String input) {
        if (input == null) {
            return null;
        }
        String digits = input.replaceAll("[\\s.]", "");
        return digits.matches("\\d{8}") ? digits : null;
    }
}
