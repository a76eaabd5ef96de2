package nl.netwerkplaats.knowledge.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

public record LearningQuestionView(long id, String question, String why, long ownerId, String ownerName,
                                   List<Long> themeIds, LearningStatus status, LocalDate reviewDate,
                                   OffsetDateTime createdAt, OffsetDateTime lastReviewedAt, List<Note> notes,
                                   List<Evidence> evidence) {

    public LearningQuestionView {
        themeIds = List.copyOf(themeIds);
        notes = List.copyOf(notes);
        evidence = List.copyOf(evidence);
    }

    /** A progress note; {@code statusTo} is set when the note records a change of status. */
    public record Note(long id, String authorName, String text, LearningStatus statusTo, OffsetDateTime createdAt) {
    }

    /** Evidence by id; {@code title} is known for knowledge items only. */
    public record Evidence(long id, EvidenceKind kind, long targetId, String title, OffsetDateTime addedAt) {
    }
}
