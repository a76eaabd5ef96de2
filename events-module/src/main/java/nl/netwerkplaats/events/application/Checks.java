package nl.netwerkplaats.events.application;

import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.InvalidInputException.Problem;

/** Small input checks shared by the programme, harvest and report services. */
final class Checks {

    private Checks() {
    }

    static void max(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new InvalidInputException(field, Problem.TOO_LONG, max);
        }
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, Problem.REQUIRED);
        }
        max(field, value, max);
        return value.strip();
    }
}
