package nl.netwerkplaats.network.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
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

import nl.netwerkplaats.network.api.OrganisationKind;

/**
 * An organisation or initiative. After a merge the row stays, pointing to the organisation that absorbed it, so
 * that old links and ids held by other modules still lead somewhere.
 */
@Entity
@Table(name = "organisation", schema = "network")
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganisationKind kind;

    private String description;

    private String offers;

    private String needs;

    private String website;

    @Column(name = "kvk_number")
    private String kvkNumber;

    @Column(nullable = false)
    private boolean verified;

    @Column(name = "contact_id")
    private Long contactId;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by")
    private Long createdBy;

    @ElementCollection
    @CollectionTable(name = "organisation_municipality", schema = "network",
            joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "municipality_code", nullable = false)
    private Set<String> municipalityCodes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "organisation_theme", schema = "network",
            joinColumns = @JoinColumn(name = "organisation_id"))
    @Column(name = "theme_id", nullable = false)
    private Set<Long> themeIds = new HashSet<>();

    @Version
    private int version;

    protected Organisation() {
    }

    public Organisation(long createdBy, Instant now) {
        this.createdBy = createdBy;
        this.contactId = createdBy;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public void describe(String name, OrganisationKind kind, String description, String offers, String needs,
                         String website, String kvkNumber, Set<String> municipalityCodes, Set<Long> themeIds) {
        this.name = name.strip();
        this.kind = kind;
        this.description = blankToNull(description);
        this.offers = blankToNull(offers);
        this.needs = blankToNull(needs);
        this.website = blankToNull(website);
        this.kvkNumber = blankToNull(kvkNumber);
        this.municipalityCodes = new HashSet<>(municipalityCodes);
        this.themeIds = new HashSet<>(themeIds);
    }

    /** Takes over what the absorbed organisation had and this one lacked; its own texts win. */
    public void absorb(Organisation other) {
        municipalityCodes.addAll(other.municipalityCodes);
        themeIds.addAll(other.themeIds);
        description = description != null ? description : other.description;
        offers = offers != null ? offers : other.offers;
        needs = needs != null ? needs : other.needs;
        website = website != null ? website : other.website;
        kvkNumber = kvkNumber != null ? kvkNumber : other.kvkNumber;
        contactId = contactId != null ? contactId : other.contactId;
        verified = verified || other.verified;
        other.mergedIntoId = id;
    }

    public void verify() {
        verified = true;
    }

    public void contact(Long accountId) {
        contactId = accountId;
    }

    public boolean isMerged() {
        return mergedIntoId != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public String getOffers() {
        return offers;
    }

    public String getNeeds() {
        return needs;
    }

    public String getWebsite() {
        return website;
    }

    public String getKvkNumber() {
        return kvkNumber;
    }

    public boolean isVerified() {
        return verified;
    }

    public Long getContactId() {
        return contactId;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public Set<String> getMunicipalityCodes() {
        return Set.copyOf(municipalityCodes);
    }

    public Set<Long> getThemeIds() {
        return Set.copyOf(themeIds);
    }
}
