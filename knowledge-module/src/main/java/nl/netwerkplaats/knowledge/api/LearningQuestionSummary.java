package nl.netwerkplaats.knowledge.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One line of the agenda overview. The counts are of what happened since the last review (or since the question
 * was put on the agenda, when it was never reviewed).
 */
public record LearningQuestionSummary(long id, String question, String ownerName, List<Long> themeIds,
                                      LearningStatus status, LocalDate reviewDate, boolean reviewDue,
                                      OffsetDateTime lastReviewedAt, int notesSinceReview, int evidenceSinceReview,
                                      int statusChangesSinceReview) {

    public LearningQuestionSummary {
        themeIds = List.copyOf(themeIds);
    }

    public boolean moved() {
        return notesSinceReview > 0 || evidenceSinceReview > 0 || statusChangesSinceReview > 0;
    }
}
