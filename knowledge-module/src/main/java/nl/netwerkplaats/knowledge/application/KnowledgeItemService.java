package nl.netwerkplaats.knowledge.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.kernel.reference.ReferenceData;
import nl.netwerkplaats.knowledge.api.AttachmentContent;
import nl.netwerkplaats.knowledge.api.AttachmentView;
import nl.netwerkplaats.knowledge.api.DocumentKind;
import nl.netwerkplaats.knowledge.api.KnowledgeActionNotAllowedException;
import nl.netwerkplaats.knowledge.api.KnowledgeDraft;
import nl.netwerkplaats.knowledge.api.KnowledgeInputRejectedException;
import nl.netwerkplaats.knowledge.api.KnowledgeInputRejectedException.Problem;
import nl.netwerkplaats.knowledge.api.KnowledgeItemView;
import nl.netwerkplaats.knowledge.api.KnowledgeItems;
import nl.netwerkplaats.knowledge.api.KnowledgePublished;
import nl.netwerkplaats.knowledge.api.KnowledgeStatus;
import nl.netwerkplaats.knowledge.api.KnowledgeType;
import nl.netwerkplaats.knowledge.api.UnknownKnowledgeItemException;
import nl.netwerkplaats.knowledge.domain.KnowledgeAttachment;
import nl.netwerkplaats.knowledge.domain.KnowledgeItem;
import nl.netwerkplaats.knowledge.infrastructure.AttachmentInspector;
import nl.netwerkplaats.knowledge.infrastructure.RichText;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.AuditLog;
import nl.netwerkplaats.network.api.OrganisationView;
import nl.netwerkplaats.network.api.Organisations;
import nl.netwerkplaats.network.api.Role;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeView;

@Stateless
public class KnowledgeItemService implements KnowledgeItems {

    @PersistenceContext(unitName = "knowledge")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private ThemeCatalog themes;

    @Inject
    private Event<KnowledgePublished> published;

    @Inject
    private AuditLog audit;

    @Inject
    private Organisations organisations;

    @Inject
    private GatheringCalendar gatherings;

    @Inject
    private SearchCache searchCache;

    private final Clock clock = Clock.systemUTC();

    @Override
    public KnowledgeItemView create(long actorId, KnowledgeDraft draft) {
        requireAccount(actorId);
        KnowledgeItem item = new KnowledgeItem(actorId, now());
        write(actorId, item, draft);
        em.persist(item);
        em.flush();
        copyTagsForSearch(item.getId());
        return view(item);
    }

    @Override
    public KnowledgeItemView update(long actorId, long itemId, KnowledgeDraft draft) {
        KnowledgeItem item = load(itemId);
        requireMayEdit(actorId, item);
        write(actorId, item, draft);
        em.flush();
        copyTagsForSearch(itemId);
        if (!item.isAuthor(actorId)) {
            audited(actorId, "knowledge.edited", itemId, null);
        }
        searchCache.itemsChanged();
        return view(item);
    }

    @Override
    public KnowledgeItemView submit(long actorId, long itemId) {
        KnowledgeItem item = load(itemId);
        if (!item.isAuthor(actorId)) {
            throw new KnowledgeActionNotAllowedException("Only an author submits an item");
        }
        item.submit(now());
        return view(item);
    }

    @Override
    public KnowledgeItemView publish(long editorId, long itemId) {
        requireEditor(editorId);
        KnowledgeItem item = load(itemId);
        if (item.getStatus() == KnowledgeStatus.CONCEPT && !item.isAuthor(editorId)) {
            throw new KnowledgeActionNotAllowedException("Another author's concept is published after review");
        }
        item.publish(now());
        published.fire(new KnowledgePublished(itemId));
        audited(editorId, "knowledge.published", itemId, null);
        searchCache.itemsChanged();
        return view(item);
    }

    @Override
    public KnowledgeItemView sendBack(long editorId, long itemId, String note) {
        requireEditor(editorId);
        String text = checked("note", note, 1000, true);
        KnowledgeItem item = load(itemId);
        item.sendBack(text);
        audited(editorId, "knowledge.sent-back", itemId, text);
        searchCache.itemsChanged();
        return view(item);
    }

    @Override
    public KnowledgeItemView archive(long editorId, long itemId) {
        requireEditor(editorId);
        KnowledgeItem item = load(itemId);
        item.archive(now());
        audited(editorId, "knowledge.archived", itemId, null);
        searchCache.itemsChanged();
        return view(item);
    }

    @Override
    public KnowledgeItemView markWellDescribed(long editorId, long itemId, String reason) {
        requireEditor(editorId);
        String why = checked("reason", reason, MAX_REASON, true);
        KnowledgeItem item = load(itemId);
        item.markWellDescribed(editorId, why);
        audited(editorId, "knowledge.marked-well-described", itemId, why);
        searchCache.itemsChanged();
        return view(item);
    }

    @Override
    public KnowledgeItemView clearWellDescribed(long editorId, long itemId) {
        requireEditor(editorId);
        KnowledgeItem item = load(itemId);
        item.clearWellDescribed();
        audited(editorId, "knowledge.mark-withdrawn", itemId, null);
        searchCache.itemsChanged();
        return view(item);
    }

    @Override
    public KnowledgeItemView addAuthor(long actorId, long itemId, long authorId) {
        KnowledgeItem item = load(itemId);
        requireMayEdit(actorId, item);
        requireAccount(authorId);
        item.addAuthor(authorId);
        return view(item);
    }

    @Override
    public KnowledgeItemView removeAuthor(long actorId, long itemId, long authorId) {
        KnowledgeItem item = load(itemId);
        requireMayEdit(actorId, item);
        item.removeAuthor(authorId);
        return view(item);
    }

    @Override
    public AttachmentView addAttachment(long actorId, long itemId, String fileName, byte[] content) {
        KnowledgeItem item = load(itemId);
        requireMayEdit(actorId, item);
        AttachmentInspector.Inspected inspected = AttachmentInspector.inspect(fileName, content, MAX_ATTACHMENT_BYTES);
        String name = safeFileName(fileName);
        KnowledgeAttachment attachment = new KnowledgeAttachment(itemId, name, inspected.type().mediaType(), content,
                inspected.text(), actorId, now());
        em.persist(attachment);
        em.flush();
        refreshAttachmentText(item);
        searchCache.itemsChanged();
        return new AttachmentView(attachment.getId(), name, attachment.getMediaType(), attachment.getSizeBytes());
    }

    @Override
    public void removeAttachment(long actorId, long attachmentId) {
        KnowledgeAttachment attachment = em.find(KnowledgeAttachment.class, attachmentId);
        if (attachment == null) {
            return;
        }
        KnowledgeItem item = load(attachment.getItemId());
        requireMayEdit(actorId, item);
        em.remove(attachment);
        em.flush();
        refreshAttachmentText(item);
        searchCache.itemsChanged();
    }

    @Override
    public Optional<AttachmentContent> attachment(Long viewerId, long attachmentId) {
        KnowledgeAttachment attachment = em.find(KnowledgeAttachment.class, attachmentId);
        if (attachment == null) {
            return Optional.empty();
        }
        KnowledgeItem item = em.find(KnowledgeItem.class, attachment.getItemId());
        if (item == null || !maySee(viewerId, item)) {
            return Optional.empty();
        }
        return Optional.of(new AttachmentContent(attachment.getFileName(), attachment.getMediaType(),
                attachment.getContent()));
    }

    @Override
    public Optional<KnowledgeItemView> find(Long viewerId, long itemId) {
        KnowledgeItem item = em.find(KnowledgeItem.class, itemId);
        if (item == null || !maySee(viewerId, item)) {
            return Optional.empty();
        }
        return Optional.of(view(item));
    }

    @Override
    public boolean mayEdit(Long viewerId, long itemId) {
        KnowledgeItem item = em.find(KnowledgeItem.class, itemId);
        return item != null && viewerId != null && mayEdit(viewerId, item);
    }

    @Override
    public boolean isEditor(Long accountId) {
        return accountId != null && accounts.findById(accountId)
                .map(a -> a.roles().contains(Role.EDITOR) || a.roles().contains(Role.ADMIN)).orElse(false);
    }

    @Override
    public List<KnowledgeItemView> reviewQueue(long editorId) {
        requireEditor(editorId);
        return em.createNamedQuery("KnowledgeItem.inReview", KnowledgeItem.class)
                .setParameter("status", KnowledgeStatus.TER_BEOORDELING)
                .setMaxResults(200)
                .getResultStream().map(this::view).toList();
    }

    @Override
    public List<KnowledgeItemView> itemsOf(long authorId) {
        return em.createNamedQuery("KnowledgeItem.ofAuthor", KnowledgeItem.class)
                .setParameter("author", authorId)
                .setMaxResults(200)
                .getResultStream().map(this::view).toList();
    }

    /** What editors do to items goes to the network's audit log, in this transaction. */
    private void audited(long actorId, String action, long itemId, String detail) {
        audit.record(actorId, action, "knowledge_item", itemId,
                detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500));
    }

    // ---------------------------------------------------------------- rules

    private boolean maySee(Long viewerId, KnowledgeItem item) {
        return item.isPublic() || viewerId != null && (item.isAuthor(viewerId) || isEditor(viewerId));
    }

    private boolean mayEdit(long actorId, KnowledgeItem item) {
        if (item.getStatus() == KnowledgeStatus.GEARCHIVEERD) {
            return false;
        }
        if (isEditor(actorId)) {
            return true;
        }
        return item.isAuthor(actorId) && item.getStatus() == KnowledgeStatus.CONCEPT;
    }

    private void requireMayEdit(long actorId, KnowledgeItem item) {
        if (!mayEdit(actorId, item)) {
            throw new KnowledgeActionNotAllowedException("Account " + actorId + " may not change item " + item.getId());
        }
    }

    private void requireEditor(long actorId) {
        if (!isEditor(actorId)) {
            throw new KnowledgeActionNotAllowedException("Account " + actorId + " is not an editor");
        }
    }

    private void requireAccount(long accountId) {
        if (accounts.findById(accountId).isEmpty()) {
            throw new KnowledgeActionNotAllowedException("No account " + accountId);
        }
    }

    private KnowledgeItem load(long itemId) {
        KnowledgeItem item = em.find(KnowledgeItem.class, itemId);
        if (item == null) {
            throw new UnknownKnowledgeItemException(itemId);
        }
        return item;
    }

    /** Checks every field first, so a refused draft changes nothing. */
    private void write(long actorId, KnowledgeItem item, KnowledgeDraft draft) {
        String title = checked("title", draft.title(), KnowledgeDraft.MAX_TITLE, true);
        if (draft.type() == null) {
            throw new KnowledgeInputRejectedException("type", Problem.REQUIRED);
        }
        DocumentKind kind = draft.documentKind();
        if (draft.type() == KnowledgeType.DOCUMENT && kind == null) {
            throw new KnowledgeInputRejectedException("documentKind", Problem.DOCUMENT_KIND_REQUIRED);
        }
        if (draft.type() != KnowledgeType.DOCUMENT && kind != null) {
            throw new KnowledgeInputRejectedException("documentKind", Problem.NOT_A_DOCUMENT);
        }
        String summary = checked("summary", draft.summary(), KnowledgeDraft.MAX_SUMMARY, true);
        if (draft.bodyHtml() != null && draft.bodyHtml().length() > KnowledgeDraft.MAX_BODY) {
            throw new KnowledgeInputRejectedException("bodyHtml", Problem.TOO_LONG, KnowledgeDraft.MAX_BODY);
        }
        String body = RichText.sanitise(draft.bodyHtml());
        Set<Long> themeIds = new LinkedHashSet<>();
        List<Long> had = item.getId() == null ? List.of() : item.getThemeIds();
        for (Long themeId : draft.themeIds()) {
            Optional<ThemeView> theme = themeId == null ? Optional.empty() : themes.find(themeId);
            if (theme.isEmpty() || theme.get().retired() && !had.contains(themeId)) {
                throw new KnowledgeInputRejectedException("themeIds", Problem.UNKNOWN_THEME);
            }
            themeIds.add(themeId);
        }
        Set<String> municipalities = new LinkedHashSet<>();
        for (String code : draft.municipalityCodes()) {
            String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
            if (ReferenceData.get().municipality(normalised).isEmpty()) {
                throw new KnowledgeInputRejectedException("municipalityCodes", Problem.UNKNOWN_MUNICIPALITY);
            }
            municipalities.add(normalised);
        }
        // Organisations and the gathering live in other modules: checked through their APIs when newly linked.
        Set<Long> linked = new LinkedHashSet<>();
        List<Long> hadOrganisations = item.getId() == null ? List.of() : item.getOrganisationIds();
        for (Long organisationId : draft.organisationIds()) {
            if (organisationId != null && hadOrganisations.contains(organisationId)) {
                linked.add(organisationId);
                continue;
            }
            // A merged organisation resolves to the one it was merged into.
            Optional<OrganisationView> organisation = organisationId == null ? Optional.empty()
                    : organisations.find(organisationId);
            if (organisation.isEmpty()) {
                throw new KnowledgeInputRejectedException("organisationIds", Problem.UNKNOWN_ORGANISATION);
            }
            linked.add(organisation.get().id());
        }
        Long gathering = draft.sourceGatheringId();
        if (gathering != null && !gathering.equals(item.getSourceGatheringId())
                && gatherings.find(gathering, actorId).isEmpty()) {
            throw new KnowledgeInputRejectedException("sourceGatheringId", Problem.UNKNOWN_GATHERING);
        }
        item.write(title, draft.type(), kind, summary, body, RichText.text(body), themeIds, municipalities,
                linked, gathering, now());
    }

    private static String checked(String field, String value, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            throw new KnowledgeInputRejectedException(field, Problem.REQUIRED);
        }
        if (text.length() > max) {
            throw new KnowledgeInputRejectedException(field, Problem.TOO_LONG, max);
        }
        return text.isEmpty() ? null : text;
    }

    private static String safeFileName(String fileName) {
        String name = fileName == null ? "bijlage" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** The search engine reads the tags from arrays on the item row; keep them equal to the tag tables. */
    private void copyTagsForSearch(long itemId) {
        em.createNativeQuery("""
                update knowledge.knowledge_item k set
                    theme_ids = coalesce((select array_agg(theme_id order by theme_id)
                                          from knowledge.knowledge_item_theme where item_id = k.id), '{}'),
                    municipality_codes = coalesce((select array_agg(municipality_code order by municipality_code)
                                          from knowledge.knowledge_item_municipality where item_id = k.id), '{}')
                where k.id = ?""").setParameter(1, itemId).executeUpdate();
    }

    private void refreshAttachmentText(KnowledgeItem item) {
        List<String> texts = em.createQuery(
                        "select a.extractedText from KnowledgeAttachment a where a.itemId = :item order by a.id",
                        String.class)
                .setParameter("item", item.getId()).getResultList();
        item.attachmentTextChanged(String.join("\n", texts));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private KnowledgeItemView view(KnowledgeItem item) {
        List<AttachmentView> attachments = item.getId() == null ? List.of() : em.createQuery("""
                        select new nl.netwerkplaats.knowledge.api.AttachmentView(a.id, a.fileName, a.mediaType, a.sizeBytes)
                        from KnowledgeAttachment a where a.itemId = :item order by a.id""", AttachmentView.class)
                .setParameter("item", item.getId()).getResultList();
        long reactions = item.getId() == null ? 0 : ((Number) em.createNativeQuery(
                        "select count(*) from knowledge.knowledge_reaction where item_id = ? and not hidden")
                .setParameter(1, item.getId()).getSingleResult()).longValue();
        return new KnowledgeItemView(item.getId(), item.getTitle(), item.getType(), item.getDocumentKind(),
                item.getSummary(), item.getBodyHtml(), item.getStatus(), item.getThemeIds(),
                item.getMunicipalityCodes(), item.getOrganisationIds(), item.getSourceGatheringId(),
                item.getAuthorIds(), attachments, item.getCreatedAt(), item.getPublishedAt(), item.getReviewNote(),
                item.isWellDescribed(), item.getWellDescribedReason(), item.getViewCount(), reactions);
    }
}
