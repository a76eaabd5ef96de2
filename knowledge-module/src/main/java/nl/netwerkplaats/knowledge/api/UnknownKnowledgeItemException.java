package nl.netwerkplaats.knowledge.api;

import jakarta.ejb.ApplicationException;

/** No such item, or not one this person may see (a concept of someone else). */
@ApplicationException(rollback = true)
public class UnknownKnowledgeItemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownKnowledgeItemException(long id) {
        super("No knowledge item " + id);
    }
}
