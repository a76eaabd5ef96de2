package nl.netwerkplaats.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import nl.netwerkplaats.events.api.Contributor;

/** A host or speaker as stored: an account id, or a name written out. */
@Embeddable
public class ContributorEntry {

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Contributor.Kind kind;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "name")
    private String name;

    protected ContributorEntry() {
    }

    public ContributorEntry(Contributor.Kind kind, Long accountId, String name) {
        this.kind = kind;
        this.accountId = accountId;
        this.name = accountId == null ? name : null;
    }

    public Contributor.Kind getKind() {
        return kind;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }
}
