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

import nl.netwerkplaats.network.api.MemberRole;

/** A person's place in an organisation; pending until a manager of the organisation accepts it. */
@Entity
@Table(name = "membership", schema = "network")
@NamedQuery(name = "Membership.ofOrganisation",
        query = "select m from Membership m where m.organisationId = :organisation order by m.pending, m.id")
@NamedQuery(name = "Membership.ofAccount", query = "select m from Membership m where m.accountId = :account")
@NamedQuery(name = "Membership.find",
        query = "select m from Membership m where m.organisationId = :organisation and m.accountId = :account")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberRole role;

    private String title;

    @Column(nullable = false)
    private boolean pending;

    @Column(nullable = false)
    private OffsetDateTime since;

    protected Membership() {
    }

    public Membership(long organisationId, long accountId, MemberRole role, boolean pending, Instant now) {
        this.organisationId = organisationId;
        this.accountId = accountId;
        this.role = role;
        this.pending = pending;
        this.since = now.atOffset(ZoneOffset.UTC);
    }

    public void accept(MemberRole role, String title) {
        this.pending = false;
        this.role = role;
        this.title = title == null || title.isBlank() ? null : title.strip();
    }

    public void moveTo(long organisationId) {
        this.organisationId = organisationId;
    }

    public boolean isActiveManager() {
        return !pending && role == MemberRole.MANAGER;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public long getAccountId() {
        return accountId;
    }

    public MemberRole getRole() {
        return role;
    }

    public String getTitle() {
        return title;
    }

    public boolean isPending() {
        return pending;
    }
}
