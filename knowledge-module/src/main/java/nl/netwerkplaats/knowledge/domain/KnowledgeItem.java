package nl.netwerkplaats.knowledge.domain;

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

import nl.netwerkplaats.knowledge.api.KnowledgeType;

@Entity
@Table(name = "knowledge_item", schema = "knowledge")
@NamedQuery(name = "KnowledgeItem.latest", query = "select k from KnowledgeItem k where k.status = :published"
        + " order by k.publishedAt desc")
@NamedQuery(name = "KnowledgeItem.countPublished",
        query = "select count(k) from KnowledgeItem k where k.status = :published")
public class KnowledgeItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KnowledgeType type;

    /** Short plain-language summary. */
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KnowledgeStatus status = KnowledgeStatus.CONCEPT;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Version
    private int version;

    protected KnowledgeItem() {
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public KnowledgeType getType() {
        return type;
    }

    public String getSummary() {
        return summary;
    }

    public KnowledgeStatus getStatus() {
        return status;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }
}
