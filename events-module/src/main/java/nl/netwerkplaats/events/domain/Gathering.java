package nl.netwerkplaats.events.domain;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.netwerkplaats.events.api.Audience;
import nl.netwerkplaats.events.api.Contributor;
import nl.netwerkplaats.events.api.GatheringDraft;
import nl.netwerkplaats.events.api.GatheringKind;
import nl.netwerkplaats.events.api.GatheringStatus;
import nl.netwerkplaats.events.api.GatheringStatusException;

@Entity
@Table(name = "gathering", schema = "events")
@NamedQuery(name = "Gathering.upcoming", query = "select g from Gathering g where g.status = :published"
        + " and g.endsAt >= :now order by g.startsAt")
@NamedQuery(name = "Gathering.countUpcoming", query = "select count(g) from Gathering g where g.status = :published"
        + " and g.endsAt >= :now")
public class Gathering {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GatheringKind kind;

    @ElementCollection
    @CollectionTable(name = "gathering_goal", schema = "events", joinColumns = @JoinColumn(name = "gathering_id"))
    @OrderColumn(name = "position")
    @Column(name = "goal")
    private List<String> goals = new ArrayList<>();

    private String description;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    @Column(name = "venue_name")
    private String venueName;

    @Column(name = "venue_address")
    private String venueAddress;

    /** CBS code of the municipality of the venue (kernel reference data). */
    @Column(name = "municipality_code")
    private String municipalityCode;

    @Column(name = "online_url")
    private String onlineUrl;

    @ElementCollection
    @CollectionTable(name = "gathering_organisation", schema = "events",
            joinColumns = @JoinColumn(name = "gathering_id"))
    @Column(name = "organisation_id")
    private Set<Long> organisationIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "gathering_contributor", schema = "events",
            joinColumns = @JoinColumn(name = "gathering_id"))
    @OrderColumn(name = "position")
    private List<ContributorEntry> contributors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "gathering_theme", schema = "events", joinColumns = @JoinColumn(name = "gathering_id"))
    @Column(name = "theme_id")
    private Set<Long> themeIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "gathering_organiser", schema = "events",
            joinColumns = @JoinColumn(name = "gathering_id"))
    @Column(name = "account_id")
    private Set<Long> organiserIds = new LinkedHashSet<>();

    private Integer capacity;

    @Column(name = "registration_deadline")
    private OffsetDateTime registrationDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Audience audience = Audience.EVERYONE;

    @Column(name = "audience_group_id")
    private Long audienceGroupId;

    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GatheringStatus status = GatheringStatus.CONCEPT;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "previous_edition_id")
    private Long previousEditionId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "line_counter", nullable = false)
    private long lineCounter;

    @Version
    private int version;

    protected Gathering() {
    }

    public Gathering(long createdBy, GatheringDraft draft, OffsetDateTime now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        this.organiserIds.add(createdBy);
        apply(draft);
    }

    /** Takes over a checked draft. */
    public final void apply(GatheringDraft d) {
        title = d.title().strip();
        kind = d.kind();
        goals.clear();
        d.goals().stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(goals::add);
        description = blankToNull(d.description());
        startsAt = d.startsAt();
        endsAt = d.endsAt();
        venueName = blankToNull(d.venueName());
        venueAddress = blankToNull(d.venueAddress());
        municipalityCode = blankToNull(d.municipalityCode());
        onlineUrl = blankToNull(d.onlineUrl());
        organisationIds.clear();
        organisationIds.addAll(d.organisationIds());
        contributors.clear();
        for (Contributor c : d.contributors()) {
            contributors.add(new ContributorEntry(c.kind(), c.accountId(), blankToNull(c.name())));
        }
        themeIds.clear();
        themeIds.addAll(d.themeIds());
        capacity = d.capacity();
        registrationDeadline = d.registrationDeadline();
        audience = d.audience();
        audienceGroupId = d.audience() == Audience.GROUP ? d.audienceGroupId() : null;
        approvalRequired = d.approvalRequired();
    }

    public void publish() {
        require(status == GatheringStatus.CONCEPT);
        status = GatheringStatus.GEPUBLICEERD;
    }

    public void cancel(String reason) {
        require(status == GatheringStatus.CONCEPT || status == GatheringStatus.GEPUBLICEERD);
        status = GatheringStatus.GEANNULEERD;
        cancelReason = blankToNull(reason);
    }

    public void finish(OffsetDateTime now) {
        require(status == GatheringStatus.GEPUBLICEERD && !endsAt.isAfter(now));
        status = GatheringStatus.AFGELOPEN;
    }

    public void reportPublished() {
        require(status == GatheringStatus.AFGELOPEN);
        status = GatheringStatus.VERSLAG_GEPUBLICEERD;
    }

    private void require(boolean allowed) {
        if (!allowed) {
            throw new GatheringStatusException(status);
        }
    }

    /** The next place in line: seats and the waiting list are handed out in this order. Call under the row lock. */
    public long nextLineNumber() {
        return ++lineCounter;
    }

    public void markAsNextEditionOf(long previousId) {
        previousEditionId = previousId;
    }

    public boolean isPublic() {
        return status != GatheringStatus.CONCEPT;
    }

    public boolean isOrganiser(long accountId) {
        return organiserIds.contains(accountId);
    }

    public void addOrganiser(long accountId) {
        organiserIds.add(accountId);
    }

    /** The creator stays: there is always someone to run it. */
    public void removeOrganiser(long accountId) {
        if (createdBy == null || accountId != createdBy) {
            organiserIds.remove(accountId);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public GatheringKind getKind() {
        return kind;
    }

    public List<String> getGoals() {
        return List.copyOf(goals);
    }

    public String getDescription() {
        return description;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    public String getVenueName() {
        return venueName;
    }

    public String getVenueAddress() {
        return venueAddress;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public List<Long> getOrganisationIds() {
        return List.copyOf(organisationIds);
    }

    public List<ContributorEntry> getContributors() {
        return List.copyOf(contributors);
    }

    public List<Long> getThemeIds() {
        return List.copyOf(themeIds);
    }

    public List<Long> getOrganiserIds() {
        List<Long> ids = new ArrayList<>();
        if (createdBy != null && organiserIds.contains(createdBy)) {
            ids.add(createdBy);
        }
        organiserIds.stream().filter(i -> !i.equals(createdBy)).sorted().forEach(ids::add);
        return ids;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public OffsetDateTime getRegistrationDeadline() {
        return registrationDeadline;
    }

    public Audience getAudience() {
        return audience;
    }

    public Long getAudienceGroupId() {
        return audienceGroupId;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public GatheringStatus getStatus() {
        return status;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public Long getPreviousEditionId() {
        return previousEditionId;
    }

    public int getVersion() {
        return version;
    }
}
