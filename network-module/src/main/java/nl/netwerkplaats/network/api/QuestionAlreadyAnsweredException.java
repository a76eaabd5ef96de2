package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

/** The question was answered already, perhaps by another coordinator a moment ago; the asker got that answer. */
@ApplicationException(rollback = true)
public class QuestionAlreadyAnsweredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public QuestionAlreadyAnsweredException(long questionId) {
        super("Helpdesk question " + questionId + " is already answered");
    }
}
