package nl.netwerkplaats.network.api;

import java.io.Serializable;
import java.time.Instant;

/**
 * A question to the network coordinator as the coordinators' queue shows it. The asker's name and e-mail are
 * empty once the asker erased their account; {@code assignedToName} and {@code answeredByName} name the
 * coordinators, or are empty when nobody took it or that coordinator left.
 */
public record HelpdeskQuestionView(long id, String askerName, String askerEmail, Long accountId, String language,
                                   String question, QuestionStatus status, Instant askedAt,
                                   Long assignedToId, String assignedToName, Instant takenAt,
                                   String answer, Long answeredById, String answeredByName, Instant answeredAt)
                                           implements Serializable {

    public boolean isAnswered() {
        return status == QuestionStatus.ANSWERED;
    }

    public boolean askerForgotten() {
        return askerEmail == null;
    }
}
