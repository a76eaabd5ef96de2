package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

/** No helpdesk question has the given id. */
@ApplicationException(rollback = true)
public class UnknownQuestionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownQuestionException(long questionId) {
        super("No helpdesk question with id " + questionId);
    }
}
