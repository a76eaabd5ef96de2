package nl.netwerkplaats.network.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.netwerkplaats.network.api.AssignmentLevel;
import nl.netwerkplaats.network.api.AssignmentStatus;

/** A student assignment (opdracht) of an organisation. */
@Entity
@Table(name = "assignment", schema = "network")
public class Assignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "posted_by")
    private Long postedBy;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String question;

    @Column(nullable = false)
    private String scope;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssignmentLevel level;

    @Column(name = "theme_id", nullable = false)
    private long themeId;

    @Column(nullable = false)
    private String contact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssignmentStatus status = AssignmentStatus.OPEN;

    @Column(name = "result_url")
    private String resultUrl;

    @Column(name = "knowledge_item_id")
    private Long knowledgeItemId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private int version;

    protected Assignment() {
    }

    public Assignment(long organisationId, long postedBy, String title, String question, String scope,
                      LocalDate startsOn, LocalDate endsOn, AssignmentLevel level, long themeId, String contact,
                      Instant now) {
        this.organisationId = organisationId;
        this.postedBy = postedBy;
        this.title = title;
        this.question = question;
        this.scope = scope;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.level = level;
        this.themeId = themeId;
        this.contact = contact;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public void started() {
        if (status == AssignmentStatus.OPEN) {
            status = AssignmentStatus.IN_PROGRESS;
        }
    }

    public void finish(String resultUrl, Long knowledgeItemId) {
        this.resultUrl = resultUrl;
        this.knowledgeItemId = knowledgeItemId;
        status = AssignmentStatus.FINISHED;
    }

    public Long getId() {
        return id;
    }

    /** Who posted it; null once that account was erased. */
    public Long getPostedBy() {
        return postedBy;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getTitle() {
        return title;
    }

    public String getQuestion() {
        return question;
    }

    public String getScope() {
        return scope;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public AssignmentLevel getLevel() {
        return level;
    }

    public long getThemeId() {
        return themeId;
    }

    public String getContact() {
        return contact;
    }

    public AssignmentStatus getStatus() {
        return status;
    }

    public String getResultUrl() {
        return resultUrl;
    }

    public Long getKnowledgeItemId() {
        return knowledgeItemId;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }
}
