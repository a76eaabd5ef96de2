package nl.netwerkplaats.knowledge.api;

import jakarta.ejb.ApplicationException;

/** A field of a draft breaks a rule; carries the field so a form can show the message there. Nothing is saved. */
@ApplicationException(rollback = true)
public class KnowledgeInputRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Problem {
        REQUIRED, TOO_LONG, UNKNOWN_THEME, UNKNOWN_MUNICIPALITY, DOCUMENT_KIND_REQUIRED, NOT_A_DOCUMENT, INVALID_DATE,
        UNKNOWN_ORGANISATION, UNKNOWN_GATHERING, UNKNOWN_HARVEST_ITEM
    }

    private final String field;
    private final Problem problem;
    private final int maxLength;

    public KnowledgeInputRejectedException(String field, Problem problem) {
        this(field, problem, 0);
    }

    public KnowledgeInputRejectedException(String field, Problem problem, int maxLength) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
        this.maxLength = maxLength;
    }

    public String field() {
        return field;
    }

    public Problem problem() {
        return problem;
    }

    public int maxLength() {
        return maxLength;
    }
}
