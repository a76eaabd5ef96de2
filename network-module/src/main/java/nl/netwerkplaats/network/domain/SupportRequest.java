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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.netwerkplaats.network.api.HelpKind;
import nl.netwerkplaats.network.api.InputRejectedException;
import nl.netwerkplaats.network.api.SupportStatus;
import nl.netwerkplaats.network.api.SupportTransitionException;
import nl.netwerkplaats.network.api.Urgency;

/** A request for support (vraag) and the rules of its status: nieuw → in behandeling → gekoppeld → afgerond | niet gelukt. */
@Entity
@Table(name = "support_request", schema = "network")
@NamedQuery(name = "SupportRequest.byRequester",
        query = "select r from SupportRequest r where r.requesterId = :account order by r.createdAt desc, r.id desc")
public class SupportRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "requester_id", nullable = false, updatable = false)
    private long requesterId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String need;

    private String reason;

    @Column(name = "municipality_code", nullable = false)
    private String municipalityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Urgency urgency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SupportStatus status = SupportStatus.NEW;

    private String lesson;

    @Column(name = "contact_person_id")
    private Long contactPersonId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "support_request_theme", schema = "network", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "theme_id", nullable = false)
    private Set<Long> themeIds = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "support_request_help", schema = "network", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "help_kind", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<HelpKind> helpKinds = EnumSet.noneOf(HelpKind.class);

    @Version
    private int version;

    protected SupportRequest() {
    }

    public SupportRequest(long requesterId, Long organisationId, String title, String need, String reason,
                          Set<Long> themeIds, String municipalityCode, Urgency urgency, Set<HelpKind> helpKinds,
                          Instant now) {
        this.requesterId = requesterId;
        this.organisationId = organisationId;
        this.title = title;
        this.need = need;
        this.reason = reason;
        this.themeIds = new HashSet<>(themeIds);
        this.municipalityCode = municipalityCode;
        this.urgency = urgency;
        this.helpKinds = helpKinds.isEmpty() ? EnumSet.noneOf(HelpKind.class) : EnumSet.copyOf(helpKinds);
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.updatedAt = createdAt;
    }

    /**
     * Moves to another status. Linking goes through {@link #linked}; a finished request stays finished.
     *
     * @throws SupportTransitionException when the move is not allowed
     * @throws InputRejectedException     ("lesson") when failing without saying what was learned
     */
    public void moveTo(SupportStatus to, String lesson, boolean hasAcceptedMatch, Instant now) {
        boolean allowed = switch (to) {
            case IN_PROGRESS -> status == SupportStatus.NEW;
            case COMPLETED -> status == SupportStatus.LINKED && hasAcceptedMatch;
            case FAILED -> status.isOpen();
            case NEW, LINKED -> false;
        };
        if (!allowed) {
            throw new SupportTransitionException(status, to);
        }
        if (to == SupportStatus.FAILED) {
            this.lesson = FieldRules.required("lesson", lesson, 4000);
        }
        status = to;
        updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Parties were linked: the request is linked now, whether it was new or in progress. */
    public void linked(long contactPersonId, Instant now) {
        if (!status.isOpen()) {
            throw new SupportTransitionException(status, SupportStatus.LINKED);
        }
        this.contactPersonId = contactPersonId;
        status = SupportStatus.LINKED;
        updatedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Every linked party declined: back to in progress, so someone looks for others. */
    public void reopen(Instant now) {
        if (status == SupportStatus.LINKED) {
            status = SupportStatus.IN_PROGRESS;
            updatedAt = now.atOffset(ZoneOffset.UTC);
        }
    }

    public Long getId() {
        return id;
    }

    public long getRequesterId() {
        return requesterId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getTitle() {
        return title;
    }

    public String getNeed() {
        return need;
    }

    public String getReason() {
        return reason;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public SupportStatus getStatus() {
        return status;
    }

    public String getLesson() {
        return lesson;
    }

    public Long getContactPersonId() {
        return contactPersonId;
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
