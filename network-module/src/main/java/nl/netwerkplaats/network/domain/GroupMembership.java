package nl.netwerkplaats.network.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import nl.netwerkplaats.network.api.GroupStanding;

/**
 * One person's place in one group. Not cached: erasing an account deletes its memberships in the database
 * (on delete cascade), and a cached copy would outlive them.
 */
@Entity
@Cacheable(false)
@Table(name = "group_membership", schema = "network")
public class GroupMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "group_id", nullable = false, updatable = false)
    private NetworkGroup group;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GroupStanding standing;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "joined_at")
    private OffsetDateTime joinedAt;

    protected GroupMembership() {
    }

    GroupMembership(NetworkGroup group, long accountId, GroupStanding standing, Instant now) {
        if (standing == GroupStanding.NONE) {
            throw new IllegalArgumentException("A membership has a standing");
        }
        this.group = group;
        this.accountId = accountId;
        this.standing = standing;
        this.requestedAt = now.atOffset(ZoneOffset.UTC);
        this.joinedAt = standing == GroupStanding.PENDING ? null : requestedAt;
    }

    void admit(Instant now) {
        standing = GroupStanding.MEMBER;
        joinedAt = now.atOffset(ZoneOffset.UTC);
    }

    void promote() {
        standing = GroupStanding.OWNER;
    }

    public NetworkGroup getGroup() {
        return group;
    }

    public long getAccountId() {
        return accountId;
    }

    public GroupStanding getStanding() {
        return standing;
    }

    public boolean isPending() {
        return standing == GroupStanding.PENDING;
    }

    public Instant getRequestedAt() {
        return requestedAt.toInstant();
    }

    /** When the person became a member; null while the request waits. */
    public Instant getJoinedAt() {
        return joinedAt == null ? null : joinedAt.toInstant();
    }
}
