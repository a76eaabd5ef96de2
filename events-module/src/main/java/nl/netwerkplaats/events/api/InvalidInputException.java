package nl.netwerkplaats.events.api;

import jakarta.ejb.ApplicationException;

/**
 * A field of a gathering or a registration breaks a rule; nothing was saved. The field is the name of the record
 * component (e.g. {@code email}, {@code endsAt}), so a form can put the message next to it.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Problem {
        REQUIRED, TOO_LONG, INVALID_EMAIL, INVALID_URL, ENDS_BEFORE_START, DEADLINE_AFTER_START, NOT_POSITIVE,
        UNKNOWN_MUNICIPALITY, UNKNOWN_THEME, UNKNOWN_ORGANISATION, UNKNOWN_GROUP, UNKNOWN_ACCOUNT, PLACE_REQUIRED,
        TOO_MANY, UNKNOWN_TABLE, UNKNOWN_ROUND, UNKNOWN_ITEM, NUMBER_TAKEN
    }

    private final String field;
    private final Problem problem;
    private final int limit;

    public InvalidInputException(String field, Problem problem) {
        this(field, problem, 0);
    }

    public InvalidInputException(String field, Problem problem, int limit) {
        super(field + ": " + problem + (limit > 0 ? " (" + limit + ")" : ""));
        this.field = field;
        this.problem = problem;
        this.limit = limit;
    }

    public String field() {
        return field;
    }

    public Problem problem() {
        return problem;
    }

    /** The allowed length or number for TOO_LONG and TOO_MANY; otherwise 0. */
    public int limit() {
        return limit;
    }
}
