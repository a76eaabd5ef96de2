package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

/**
 * A field of a helpdesk question or loket entry breaks a rule. Carries which field and what is wrong, so a form can
 * put the message at that field in the user's language. Rolls back the call that raised it.
 */
@ApplicationException(rollback = true)
public class InputRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Problem {
        REQUIRED, TOO_LONG, INVALID_EMAIL, INVALID_PHONE, UNKNOWN_MUNICIPALITY, UNKNOWN_THEME, CONTACT_REQUIRED,
        /** An end date before the start date (student assignments). */
        ENDS_BEFORE_START,
        /** Not an http(s) web address (an assignment's result). */
        INVALID_URL
    }

    private final String field;
    private final Problem problem;
    private final int maxLength;

    public InputRejectedException(String field, Problem problem) {
        this(field, problem, 0);
    }

    public InputRejectedException(String field, Problem problem, int maxLength) {
        super(field + ": " + problem + (maxLength > 0 ? " (max " + maxLength + ")" : ""));
        this.field = field;
        this.problem = problem;
        this.maxLength = maxLength;
    }

    /** The name of the parameter or record component that was rejected, e.g. {@code email}. */
    public String field() {
        return field;
    }

    public Problem problem() {
        return problem;
    }

    /** The allowed length when the problem is {@link Problem#TOO_LONG}; otherwise 0. */
    public int maxLength() {
        return maxLength;
    }
}
