package nl.netwerkplaats.knowledge.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.netwerkplaats.knowledge.api.LearningStatus;

/** A question on the knowledge agenda. */
@Entity
@Table(name = "learning_question", schema = "knowledge")
public class LearningQuestion {

    /** Looked at again after a year unless the owner says otherwise ("over een of anderhalf jaar"). */
    public static final int DEFAULT_REVIEW_MONTHS = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String question;

    @Column(nullable = false)
    private String why;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private LearningStatus status = LearningStatus.OPEN;

    @Column(name = "review_date", nullable = false)
    private LocalDate reviewDate;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_reviewed_at")
    private OffsetDateTime lastReviewedAt;

    @ElementCollection
    @CollectionTable(name = "learning_question_theme", schema = "knowledge",
            joinColumns = @JoinColumn(name = "question_id"))
    @Column(name = "theme_id")
    private Set<Long> themeIds = new LinkedHashSet<>();

    @Version
    private int version;

    protected LearningQuestion() {
    }

    public LearningQuestion(String question, String why, long ownerId, Set<Long> themeIds, LocalDate reviewDate,
                            OffsetDateTime now) {
        this.question = question;
        this.why = why;
        this.ownerId = ownerId;
        this.themeIds.addAll(themeIds);
        this.reviewDate = reviewDate != null ? reviewDate
                : now.toLocalDate().plusMonths(DEFAULT_REVIEW_MONTHS);
        this.createdAt = now;
    }

    /** @return whether the status changed */
    public boolean changeStatus(LearningStatus newStatus) {
        boolean changed = status != newStatus;
        status = newStatus;
        return changed;
    }

    public void reviewed(OffsetDateTime now, LocalDate nextReview) {
        lastReviewedAt = now;
        reviewDate = nextReview != null ? nextReview : now.toLocalDate().plusMonths(DEFAULT_REVIEW_MONTHS);
    }

    public Long getId() {
        return id;
    }

    public String getQuestion() {
        return question;
    }

    public String getWhy() {
        return why;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public LearningStatus getStatus() {
        return status;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getLastReviewedAt() {
        return lastReviewedAt;
    }

    public List<Long> getThemeIds() {
        return themeIds.stream().sorted().toList();
    }
}
