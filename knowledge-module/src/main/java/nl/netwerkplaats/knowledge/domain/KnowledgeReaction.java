package nl.netwerkplaats.knowledge.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A member's reaction on an item; editors may hide it, which keeps it for the record but off the page. */
@Entity
@Table(name = "knowledge_reaction", schema = "knowledge")
public class KnowledgeReaction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "author_id")
    private Long authorId;

    @Column(nullable = false)
    private String body;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(nullable = false)
    private boolean hidden;

    @Column(name = "hidden_by")
    private Long hiddenBy;

    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Version
    private int version;

    protected KnowledgeReaction() {
    }

    public KnowledgeReaction(long itemId, long authorId, String body, OffsetDateTime createdAt) {
        this.itemId = itemId;
        this.authorId = authorId;
        this.body = body;
        this.createdAt = createdAt;
    }

    public void hide(long editorId, String reason) {
        hidden = true;
        hiddenBy = editorId;
        hiddenReason = reason;
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getBody() {
        return body;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public boolean isHidden() {
        return hidden;
    }
}
