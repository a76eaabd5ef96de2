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

import nl.netwerkplaats.events.api.HarvestItemStatus;

/** A reaction on a published report, or on one of its items. */
@Entity
@Table(name = "reaction", schema = "events")
public class Reaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "gathering_id", nullable = false, updatable = false)
    private long gatheringId;

    @Column(name = "item_id", updatable = false)
    private Long itemId;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(nullable = false)
    private String text;

    /** SHOWN or HIDDEN (moderated away); reactions are never PENDING. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HarvestItemStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected Reaction() {
    }

    public Reaction(long gatheringId, Long itemId, long accountId, String authorName, String text,
                    OffsetDateTime now) {
        this.gatheringId = gatheringId;
        this.itemId = itemId;
        this.accountId = accountId;
        this.authorName = authorName;
        this.text = text;
        this.status = HarvestItemStatus.SHOWN;
        this.createdAt = now;
    }

    public void moderate(boolean shown) {
        this.status = shown ? HarvestItemStatus.SHOWN : HarvestItemStatus.HIDDEN;
    }

    public void forgetAuthor(String replacementName) {
        this.accountId = null;
        this.authorName = replacementName;
    }

    public Long getId() {
        return id;
    }

    public long getGatheringId() {
        return gatheringId;
    }

    public Long getItemId() {
        return itemId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getText() {
        return text;
    }

    public HarvestItemStatus getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
