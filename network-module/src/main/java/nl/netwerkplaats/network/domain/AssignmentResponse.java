package nl.netwerkplaats.network.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A student's or lecturer's response to an assignment; picked when the poster chose them to work on it. */
@Entity
@Table(name = "assignment_response", schema = "network")
@NamedQuery(name = "AssignmentResponse.of",
        query = "select r from AssignmentResponse r where r.assignmentId = :assignment order by r.respondedAt, r.id")
public class AssignmentResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assignment_id", nullable = false, updatable = false)
    private long assignmentId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false)
    private String motivation;

    @Column(nullable = false)
    private boolean picked;

    @Column(name = "responded_at", nullable = false, updatable = false)
    private OffsetDateTime respondedAt;

    protected AssignmentResponse() {
    }

    public AssignmentResponse(long assignmentId, long accountId, String motivation, Instant now) {
        this.assignmentId = assignmentId;
        this.accountId = accountId;
        this.motivation = motivation;
        this.respondedAt = now.atOffset(ZoneOffset.UTC);
    }

    public void pick() {
        picked = true;
    }

    public Long getId() {
        return id;
    }

    public long getAssignmentId() {
        return assignmentId;
    }

    public long getAccountId() {
        return accountId;
    }

    public String getMotivation() {
        return motivation;
    }

    public boolean isPicked() {
        return picked;
    }

    public Instant getRespondedAt() {
        return respondedAt.toInstant();
    }
}
