package nl.netwerkplaats.network.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.netwerkplaats.network.api.HelpKind;

/** An offer of support (aanbod) by a person or, through one of its members, an organisation. */
@Entity
@Table(name = "support_offer", schema = "network")
public class SupportOffer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String description;

    @Column(name = "municipality_code")
    private String municipalityCode;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "support_offer_theme", schema = "network", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "theme_id", nullable = false)
    private Set<Long> themeIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "support_offer_help", schema = "network", joinColumns = @JoinColumn(name = "offer_id"))
    @Column(name = "help_kind", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<HelpKind> helpKinds = EnumSet.noneOf(HelpKind.class);

    @Version
    private int version;

    protected SupportOffer() {
    }

    public SupportOffer(long authorId, Long organisationId, String title, String description, Set<Long> themeIds,
                        String municipalityCode, Set<HelpKind> helpKinds, Instant now) {
        this.authorId = authorId;
        this.organisationId = organisationId;
        this.title = title;
        this.description = description;
        this.themeIds = new HashSet<>(themeIds);
        this.municipalityCode = municipalityCode;
        this.helpKinds = helpKinds.isEmpty() ? EnumSet.noneOf(HelpKind.class) : EnumSet.copyOf(helpKinds);
        this.createdAt = now.atOffset(ZoneOffset.UTC);
    }

    public void withdraw() {
        active = false;
    }

    public Long getId() {
        return id;
    }

    public long getAuthorId() {
        return authorId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public Set<Long> getThemeIds() {
        return themeIds;
    }

    public Set<HelpKind> getHelpKinds() {
        return helpKinds;
    }
}
