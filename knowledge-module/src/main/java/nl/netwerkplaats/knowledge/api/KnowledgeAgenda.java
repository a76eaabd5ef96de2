package nl.netwerkplaats.knowledge.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The knowledge agenda: the network's learning questions (leer- en ontwikkelvragen), each with an owner, themes,
 * why it matters, a status and a review date (by default twelve months after it was put on the agenda). Progress
 * notes and links to evidence accumulate over time; the overview shows what moved since each question's last review.
 * Editors, coordinators and administrators put questions on the agenda; they and the owner keep them up to date.
 */
public interface KnowledgeAgenda {

    int MAX_QUESTION = 500;
    int MAX_WHY = 2000;
    int MAX_NOTE = 4000;

    LearningQuestionView create(long actorId, LearningQuestionDraft draft);

    LearningQuestionView addNote(long actorId, long questionId, String text);

    LearningQuestionView changeStatus(long actorId, long questionId, LearningStatus status);

    /**
     * Links evidence: a knowledge item of this module (checked), or a gathering or harvest item of the events
     * module (by id).
     */
    LearningQuestionView addEvidence(long actorId, long questionId, EvidenceKind kind, long targetId);

    /** The owner looked at the question again: the next review is {@code nextReview}, or a year from today. */
    LearningQuestionView markReviewed(long actorId, long questionId, LocalDate nextReview);

    Optional<LearningQuestionView> find(long questionId);

    /** Every question, those due for review first, then by review date. */
    List<LearningQuestionSummary> overview(LocalDate today);

    boolean mayManage(Long accountId, long questionId);

    boolean mayCreate(Long accountId);

    /**
     * Mails each owner whose question is due (review date on or before today, not answered or dropped), once per
     * review date, also across a cluster.
     *
     * @return the number of reminders queued
     */
    int remindDueReviews(LocalDate today);
}
