package nl.netwerkplaats.network.api;

import java.util.List;
import java.util.Optional;

/**
 * "Vraag het de netwerkcoördinator": anyone asks a question, it lands in the coordinators' queue, and the asker
 * gets the answer by e-mail. Mails join the caller's transaction through the {@link Outbox}.
 */
public interface Helpdesk {

    int MAX_NAME_LENGTH = 120;
    int MAX_EMAIL_LENGTH = 254;
    int MAX_QUESTION_LENGTH = 4000;
    int MAX_ANSWER_LENGTH = 8000;

    /**
     * Puts a question in the queue and mails the asker that it arrived.
     *
     * @param accountId the signed-in member who asks, or null for a visitor
     * @param language  "nl" or "en": the language of the mails to the asker; anything else means Dutch
     * @throws InputRejectedException when a field is missing, too long, or the e-mail address is not one
     */
    HelpdeskQuestionView ask(String name, String email, String question, Long accountId, String language);

    /**
     * The queue: open questions first, oldest first so nobody waits longest, then answered ones, latest answer
     * first. {@code status} null means every status.
     */
    List<HelpdeskQuestionView> queue(QuestionStatus status, int first, int max);

    long count(QuestionStatus status);

    Optional<HelpdeskQuestionView> find(long questionId);

    /**
     * A coordinator takes the question: it is now in progress and assigned to them, also when another
     * coordinator had it.
     *
     * @throws CoordinatorsOnlyException         when the actor is neither coordinator nor administrator
     * @throws UnknownQuestionException          when there is no such question
     * @throws QuestionAlreadyAnsweredException when it is answered already
     */
    HelpdeskQuestionView take(long actorId, long questionId);

    /**
     * Answers the question and queues the answer by e-mail to the asker, in the asker's language.
     *
     * @throws CoordinatorsOnlyException         when the actor is neither coordinator nor administrator
     * @throws UnknownQuestionException          when there is no such question
     * @throws QuestionAlreadyAnsweredException when it is answered already
     * @throws InputRejectedException            when the answer is empty or too long
     */
    HelpdeskQuestionView answer(long actorId, long questionId, String answer);

    /**
     * Blanks the name and e-mail address on every question this account asked; part of erasing an account.
     *
     * @return how many questions were changed
     */
    int forgetAsker(long accountId);
}
