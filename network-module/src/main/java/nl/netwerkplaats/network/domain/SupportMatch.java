package nl.netwerkplaats.network.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.netwerkplaats.network.api.MatchStatus;
import nl.netwerkplaats.network.api.PartyKind;

/** A party linked to a support request, and its answer. */
@Entity
@Table(name = "support_match", schema = "network")
@NamedQuery(name = "SupportMatch.ofRequest",
        query = "select m from SupportMatch m where m.requestId = :request order by m.linkedAt, m.id")
public class SupportMatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_kind", nullable = false, updatable = false)
    private PartyKind partyKind;

    @Column(name = "party_id", nullable = false, updatable = false)
    private long partyId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MatchStatus status = MatchStatus.PROPOSED;

    @Column(name = "linked_by")
    private Long linkedBy;

    @Column(name = "linked_at", nullable = false, updatable = false)
    private OffsetDateTime linkedAt;

    @Column(name = "answered_by")
    private Long answeredBy;

    @Column(name = "answered_at")
    private OffsetDateTime answeredAt;

    @Version
    private int version;

    protected SupportMatch() {
    }

    public SupportMatch(long requestId, PartyKind partyKind, long partyId, long linkedBy, Instant now) {
        this.requestId = requestId;
        this.partyKind = partyKind;
        this.partyId = partyId;
        this.linkedBy = linkedBy;
        this.linkedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Records the answer; answering again changes it (someone who declined may still accept, and the other way). */
    public void answer(boolean accept, long by, Instant now) {
        status = accept ? MatchStatus.ACCEPTED : MatchStatus.DECLINED;
        answeredBy = by;
        answeredAt = now.atOffset(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public long getRequestId() {
        return requestId;
    }

    public PartyKind getPartyKind() {
        return partyKind;
    }

    public long getPartyId() {
        return partyId;
    }

    public MatchStatus getStatus() {
        return status;
    }

    public Long getAnsweredBy() {
        return answeredBy;
    }

    public Instant getLinkedAt() {
        return linkedAt.toInstant();
    }
}
