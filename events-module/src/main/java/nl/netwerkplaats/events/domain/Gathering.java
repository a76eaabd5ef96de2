package nl.netwerkplaats.events.domain;

import java.time.OffsetDateTime;

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

import nl.netwerkplaats.events.api.GatheringKind;

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

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private OffsetDateTime endsAt;

    @Column(name = "venue_name")
    private String venueName;

    /** CBS code of the municipality of the venue (kernel reference data). */
    @Column(name = "municipality_code")
    private String municipalityCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GatheringStatus status = GatheringStatus.CONCEPT;

    @Version
    private int version;

    protected Gathering() {
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

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }

    public String getVenueName() {
        return venueName;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public GatheringStatus getStatus() {
        return status;
    }
}
