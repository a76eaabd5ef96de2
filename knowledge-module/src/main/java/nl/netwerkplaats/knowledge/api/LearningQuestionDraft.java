package nl.netwerkplaats.knowledge.api;

import java.time.LocalDate;
import java.util.List;

/** A new learning question; {@code ownerId} null means the creator, {@code reviewDate} null means in 12 months. */
public record LearningQuestionDraft(String question, String why, List<Long> themeIds, Long ownerId,
                                    LocalDate reviewDate) {

    public LearningQuestionDraft {
        themeIds = themeIds == null ? List.of() : List.copyOf(themeIds);
    }
}
