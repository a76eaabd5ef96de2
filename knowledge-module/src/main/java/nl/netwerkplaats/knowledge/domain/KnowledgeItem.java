package nl.netwerkplaats.knowledge.domain;

import java.time.OffsetDateTime;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.netwerkplaats.knowledge.api.DocumentKind;
import nl.netwerkplaats.knowledge.api.KnowledgeActionNotAllowedException;
import nl.netwerkplaats.knowledge.api.KnowledgeStatus;
import nl.netwerkplaats.knowledge.api.KnowledgeType;

/**
 * A piece of knowledge and its workflow. The search columns ({@code search_vector}, {@code theme_ids},
 * {@code municipality_codes}) are not mapped: the database computes the first, the service copies the tags into
 * the others.
 */
@Entity
@Table(name = "knowledge_item", schema = "knowledge")
@NamedQuery(name = "KnowledgeItem.latest", query = "select k from KnowledgeItem k where k.status = :published"
        + " order by k.publishedAt desc")
@NamedQuery(name = "KnowledgeItem.countPublished",
        query = "select count(k) from KnowledgeItem k where k.status = :published")
@NamedQuery(name = "KnowledgeItem.inReview",
        query = "select k from KnowledgeItem k where k.status = :status order by k.submittedAt, k.id")
@NamedQuery(name = "KnowledgeItem.ofAuthor",
        query = "select k from KnowledgeItem k where :author member of k.authorIds order by k.createdAt desc")
public class KnowledgeItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KnowledgeType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_kind")
    private DocumentKind documentKind;

    /** Short plain-language summary. */
    private String summary;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml = "";

    /** The body's text without markup, for search and snippets. */
    @Column(name = "body_text", nullable = false)
    private String bodyText = "";

    @Column(name = "attachment_text", nullable = false)
    private String attachmentText = "";

    @Column(name = "source_gathering_id")
    private Long sourceGatheringId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private KnowledgeStatus status = KnowledgeStatus.CONCEPT;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "archived_at")
    private OffsetDateTime archivedAt;

    @Column(name = "review_note")
    private String reviewNote;

    @Column(name = "well_described", nullable = false)
    private boolean wellDescribed;

    @Column(name = "well_described_reason")
    private String wellDescribedReason;

    @Column(name = "well_described_by")
    private Long wellDescribedBy;

    @Column(name = "view_count", nullable = false)
    private long viewCount;

    @ElementCollection
    @CollectionTable(name = "knowledge_item_theme", schema = "knowledge", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "theme_id")
    @OrderBy
    private Set<Long> themeIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "knowledge_item_municipality", schema = "knowledge",
            joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "municipality_code")
    @OrderBy
    private Set<String> municipalityCodes = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "knowledge_item_organisation", schema = "knowledge",
            joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "organisation_id")
    @OrderBy
    private Set<Long> organisationIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "knowledge_item_author", schema = "knowledge", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "account_id")
    @OrderBy
    private Set<Long> authorIds = new LinkedHashSet<>();

    @Version
    private int version;

    protected KnowledgeItem() {
    }

    public KnowledgeItem(long authorId, OffsetDateTime now) {
        this.createdBy = authorId;
        this.createdAt = now;
        this.updatedAt = now;
        this.authorIds.add(authorId);
    }

    /** Takes over checked, sanitised content. */
    public void write(String title, KnowledgeType type, DocumentKind documentKind, String summary, String bodyHtml,
                      String bodyText, Set<Long> themeIds, Set<String> municipalityCodes, Set<Long> organisationIds,
                      Long sourceGatheringId, OffsetDateTime now) {
        if (status == KnowledgeStatus.GEARCHIVEERD) {
            throw new KnowledgeActionNotAllowedException("An archived item is not changed");
        }
        this.title = title;
        this.type = type;
        this.documentKind = documentKind;
        this.summary = summary;
        this.bodyHtml = bodyHtml;
        this.bodyText = bodyText;
        replace(this.themeIds, themeIds);
        replace(this.municipalityCodes, municipalityCodes);
        replace(this.organisationIds, organisationIds);
        this.sourceGatheringId = sourceGatheringId;
        this.updatedAt = now;
    }

    private static <T> void replace(Set<T> target, Set<T> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    public boolean isAuthor(long accountId) {
        return authorIds.contains(accountId);
    }

    public void addAuthor(long accountId) {
        authorIds.add(accountId);
    }

    /** Takes a co-author off the item; the one who created it stays its author. */
    public void removeAuthor(long accountId) {
        if (createdBy != null && createdBy == accountId) {
            throw new KnowledgeActionNotAllowedException("The item's first author stays its author");
        }
        authorIds.remove(accountId);
    }

    public void submit(OffsetDateTime now) {
        require(KnowledgeStatus.CONCEPT);
        status = KnowledgeStatus.TER_BEOORDELING;
        submittedAt = now;
        reviewNote = null;
    }

    public void publish(OffsetDateTime now) {
        if (status != KnowledgeStatus.TER_BEOORDELING && status != KnowledgeStatus.CONCEPT) {
            throw new KnowledgeActionNotAllowedException("Only a concept or an item in review is published");
        }
        status = KnowledgeStatus.GEPUBLICEERD;
        publishedAt = now;
        reviewNote = null;
    }

    public void sendBack(String note) {
        require(KnowledgeStatus.TER_BEOORDELING);
        status = KnowledgeStatus.CONCEPT;
        reviewNote = note;
    }

    public void archive(OffsetDateTime now) {
        require(KnowledgeStatus.GEPUBLICEERD);
        status = KnowledgeStatus.GEARCHIVEERD;
        archivedAt = now;
    }

    public void markWellDescribed(long editorId, String reason) {
        if (status != KnowledgeStatus.GEPUBLICEERD) {
            throw new KnowledgeActionNotAllowedException("Only a published item gets the quality mark");
        }
        wellDescribed = true;
        wellDescribedReason = reason;
        wellDescribedBy = editorId;
    }

    public void clearWellDescribed() {
        wellDescribed = false;
        wellDescribedReason = null;
        wellDescribedBy = null;
    }

    public void attachmentTextChanged(String text) {
        this.attachmentText = text;
    }

    private void require(KnowledgeStatus expected) {
        if (status != expected) {
            throw new KnowledgeActionNotAllowedException("The item is " + status + ", not " + expected);
        }
    }

    /** Visible to everyone once published (archived items stay readable); before that to authors and editors. */
    public boolean isPublic() {
        return status == KnowledgeStatus.GEPUBLICEERD || status == KnowledgeStatus.GEARCHIVEERD;
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

    public DocumentKind getDocumentKind() {
        return documentKind;
    }

    public String getSummary() {
        return summary;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public KnowledgeStatus getStatus() {
        return status;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public Long getSourceGatheringId() {
        return sourceGatheringId;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public boolean isWellDescribed() {
        return wellDescribed;
    }

    public String getWellDescribedReason() {
        return wellDescribedReason;
    }

    public long getViewCount() {
        return viewCount;
    }

    public List<Long> getThemeIds() {
        return themeIds.stream().sorted().toList();
    }

    public List<String> getMunicipalityCodes() {
        return municipalityCodes.stream().sorted().toList();
    }

    public List<Long> getOrganisationIds() {
        return organisationIds.stream().sorted().toList();
    }

    /** The one who created the item first, then the co-authors in the order of their ids. */
    public List<Long> getAuthorIds() {
        return authorIds.stream().sorted(java.util.Comparator.comparing((Long id) -> !id.equals(createdBy))
                .thenComparing(java.util.Comparator.naturalOrder())).toList();
    }
}
