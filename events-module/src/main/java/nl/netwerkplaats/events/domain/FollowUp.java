package nl.netwerkplaats.events.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A follow-up appointment agreed at a gathering: when, where, what for. */
@Entity
@Table(name = "follow_up", schema = "events")
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "gathering_id", nullable = false, updatable = false)
    private long gatheringId;

    @Column(name = "starts_at", nullable = false)
    private OffsetDateTime startsAt;

    private String place;

    @Column(nullable = false)
    private String purpose;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "next_gathering_id")
    private Long nextGatheringId;

    @Column(name = "group_id")
    private Long groupId;

    @Version
    private int version;

    protected FollowUp() {
    }

    public FollowUp(long gatheringId, OffsetDateTime startsAt, String place, String purpose, long createdBy,
                    OffsetDateTime now) {
        this.gatheringId = gatheringId;
        this.startsAt = startsAt;
        this.place = Round.blankToNull(place);
        this.purpose = purpose.strip();
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public void grewIntoGathering(long id) {
        this.nextGatheringId = id;
    }

    public void grewIntoGroup(long id) {
        this.groupId = id;
    }

    public Long getId() {
        return id;
    }

    public long getGatheringId() {
        return gatheringId;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getPurpose() {
        return purpose;
    }

    public Long getNextGatheringId() {
        return nextGatheringId;
    }

    public Long getGroupId() {
        return groupId;
    }
}
