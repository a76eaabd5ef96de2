package nl.netwerkplaats.knowledge.api;

import jakarta.ejb.ApplicationException;

/** The acting person may not do this (not an author, not an editor, or the item is in the wrong state). */
@ApplicationException(rollback = true)
public class KnowledgeActionNotAllowedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KnowledgeActionNotAllowedException(String message) {
        super(message);
    }
}
