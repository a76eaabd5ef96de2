package nl.netwerkplaats.network.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One action by a coordinator or administrator. Entries are only ever added, and anonymised on erasure. */
@Entity
@Table(name = "audit_entry", schema = "network")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(name = "actor_label", nullable = false)
    private String actorLabel;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", updatable = false)
    private Long subjectId;

    @Column(updatable = false)
    private String detail;

    protected AuditEntry() {
    }

    public AuditEntry(Instant at, long actorId, String actorLabel, String action, String subjectType,
                      Long subjectId, String detail) {
        this.at = at.atOffset(ZoneOffset.UTC);
        this.actorId = actorId;
        this.actorLabel = actorLabel;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at.toInstant();
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorLabel() {
        return actorLabel;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getDetail() {
        return detail;
    }
}
