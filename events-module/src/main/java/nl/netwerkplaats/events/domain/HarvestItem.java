package nl.netwerkplaats.events.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.netwerkplaats.events.api.HarvestItemDraft;
import nl.netwerkplaats.events.api.HarvestItemStatus;
import nl.netwerkplaats.events.api.HarvestOrigin;
import nl.netwerkplaats.events.api.HarvestType;

/** One harvested thing, its own row: tables capture side by side, and the version catches two edits of one item. */
@Entity
@Table(name = "harvest_item", schema = "events")
public class HarvestItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "gathering_id", nullable = false, updatable = false)
    private long gatheringId;

    @Column(name = "table_id")
    private Long tableId;

    @Column(name = "round_id")
    private Long roundId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HarvestType type;

    @Column(nullable = false)
    private String text;

    @Column(name = "pitched_by")
    private String pitchedBy;

    @Column(name = "government_view")
    private String governmentView;

    @Column(name = "initiative_view")
    private String initiativeView;

    @Column(name = "case_item_id")
    private Long caseItemId;

    @Column(name = "author_account_id")
    private Long authorAccountId;

    @Column(name = "author_name")
    private String authorName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private HarvestOrigin origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HarvestItemStatus status;

    @Column(nullable = false)
    private long position;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private int version;

    protected HarvestItem() {
    }

    public HarvestItem(long gatheringId, HarvestItemDraft draft, Long authorAccountId, String authorName,
                       HarvestOrigin origin, HarvestItemStatus status, long position, OffsetDateTime now) {
        this.gatheringId = gatheringId;
        this.authorAccountId = authorAccountId;
        this.authorName = authorName;
        this.origin = origin;
        this.status = status;
        this.position = position;
        this.createdAt = now;
        apply(draft, now);
    }

    public final void apply(HarvestItemDraft d, OffsetDateTime now) {
        this.tableId = d.tableId();
        this.roundId = d.roundId();
        this.type = d.type();
        this.text = d.text().strip();
        this.pitchedBy = Round.blankToNull(d.pitchedBy());
        this.governmentView = Round.blankToNull(d.governmentView());
        this.initiativeView = Round.blankToNull(d.initiativeView());
        this.caseItemId = d.caseItemId();
        this.updatedAt = now;
    }

    public void moderate(HarvestItemStatus newStatus, OffsetDateTime now) {
        this.status = newStatus;
        this.updatedAt = now;
    }

    public void forgetAuthor(String replacementName) {
        this.authorAccountId = null;
        this.authorName = replacementName;
    }

    public Long getId() {
        return id;
    }

    public long getGatheringId() {
        return gatheringId;
    }

    public Long getTableId() {
        return tableId;
    }

    public Long getRoundId() {
        return roundId;
    }

    public HarvestType getType() {
        return type;
    }

    public String getText() {
        return text;
    }

    public String getPitchedBy() {
        return pitchedBy;
    }

    public String getGovernmentView() {
        return governmentView;
    }

    public String getInitiativeView() {
        return initiativeView;
    }

    public Long getCaseItemId() {
        return caseItemId;
    }

    public Long getAuthorAccountId() {
        return authorAccountId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public HarvestOrigin getOrigin() {
        return origin;
    }

    public HarvestItemStatus getStatus() {
        return status;
    }

    public long getPosition() {
        return position;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public int getVersion() {
        return version;
    }
}
