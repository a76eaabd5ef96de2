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

/** One line in a support request's history. */
@Entity
@Table(name = "support_event", schema = "network")
@NamedQuery(name = "SupportEvent.ofRequest",
        query = "select e from SupportEvent e where e.requestId = :request order by e.id")
public class SupportEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(nullable = false, updatable = false)
    private OffsetDateTime at;

    @Column(name = "actor_id")
    private Long actorId;

    @Column(nullable = false, updatable = false)
    private String kind;

    private String detail;

    protected SupportEvent() {
    }

    public SupportEvent(long requestId, Long actorId, String kind, String detail, Instant now) {
        this.requestId = requestId;
        this.actorId = actorId;
        this.kind = kind;
        this.detail = detail;
        this.at = now.atOffset(ZoneOffset.UTC);
    }

    public Instant getAt() {
        return at.toInstant();
    }

    public Long getActorId() {
        return actorId;
    }

    public String getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }
}
