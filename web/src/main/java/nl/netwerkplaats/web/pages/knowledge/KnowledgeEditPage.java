package nl.netwerkplaats.web.pages.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import nl.netwerkplaats.knowledge.api.AttachmentRejectedException;
import nl.netwerkplaats.knowledge.api.AttachmentView;
import nl.netwerkplaats.knowledge.api.DocumentKind;
import nl.netwerkplaats.knowledge.api.KnowledgeActionNotAllowedException;
import nl.netwerkplaats.knowledge.api.KnowledgeDraft;
import nl.netwerkplaats.knowledge.api.KnowledgeInputRejectedException;
import nl.netwerkplaats.knowledge.api.KnowledgeItemView;
import nl.netwerkplaats.knowledge.api.KnowledgeItems;
import nl.netwerkplaats.knowledge.api.KnowledgeType;
import nl.netwerkplaats.knowledge.api.UnknownKnowledgeItemException;
import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.OrganisationSummary;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * Writing an item: new when there is no id, otherwise the author's concept (or, for editors, any item). Request
 * scoped; the form posts the id back as a hidden field.
 */
@Named
@RequestScoped
public class KnowledgeEditPage {

    static final int MAX_MEGABYTES = KnowledgeItems.MAX_ATTACHMENT_BYTES / (1024 * 1024);

    @Inject
    private KnowledgeItems items;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Feedback feedback;

    @Inject
    private OrganisationChoice organisationChoice;

    @Inject
    private GatheringChoice gatheringChoice;

    @Inject
    @Param(name = "id")
    private String idParameter;

    private Long id;
    private KnowledgeItemView item;
    private boolean allowed = true;

    private String title;
    private KnowledgeType type;
    private DocumentKind documentKind;
    private String summary;
    private String body;
    private List<Long> themeIds = new ArrayList<>();
    private List<String> municipalityCodes = new ArrayList<>();
    private List<Long> organisationIds = new ArrayList<>();
    private OrganisationSummary organisationToAdd;
    private Long sourceGatheringId;
    private Part upload;
    private String coAuthorEmail;

    @Inject
    private Accounts accounts;

    @PostConstruct
    void load() {
        id = KnowledgeParameters.number(idParameter).orElse(null);
        if (id == null) {
            return;
        }
        item = items.find(currentUser.id(), id).orElse(null);
        allowed = item != null && items.mayEdit(currentUser.id(), id);
        if (allowed && !Faces.isPostback()) {
            title = item.title();
            type = item.type();
            documentKind = item.documentKind();
            summary = item.summary();
            body = item.bodyHtml();
            themeIds = new ArrayList<>(item.themeIds());
            municipalityCodes = new ArrayList<>(item.municipalityCodes());
            organisationIds = new ArrayList<>(item.organisationIds());
            sourceGatheringId = item.sourceGatheringId();
        }
    }

    public String save() {
        organisationAdded();
        List<Long> organisationIds = this.organisationIds.stream().distinct().toList();
        KnowledgeDraft draft = new KnowledgeDraft(title, type, type == KnowledgeType.DOCUMENT ? documentKind : null,
                summary, body, themeIds, municipalityCodes, organisationIds, sourceGatheringId);
        try {
            KnowledgeItemView saved = id == null ? items.create(currentUser.id(), draft)
                    : items.update(currentUser.id(), id, draft);
            feedback.info(id == null ? "knowledge.created" : "knowledge.saved");
            feedback.keepForRedirect();
            return "/kennisbank/item.xhtml?faces-redirect=true&id=" + saved.id();
        } catch (KnowledgeInputRejectedException e) {
            String field = "organisationIds".equals(e.field()) ? "organisationAdd" : e.field();
            feedback.fieldError("item:" + field, "knowledge.field." + e.problem(), e.maxLength());
        } catch (KnowledgeActionNotAllowedException | UnknownKnowledgeItemException e) {
            feedback.error("knowledge.notAllowed");
        }
        return null;
    }

    public String addAttachment() {
        if (upload == null || upload.getSize() == 0) {
            feedback.fieldError("attach:file", "knowledge.attachment.EMPTY", MAX_MEGABYTES);
            return null;
        }
        if (upload.getSize() > KnowledgeItems.MAX_ATTACHMENT_BYTES) {
            feedback.fieldError("attach:file", "knowledge.attachment.TOO_LARGE", MAX_MEGABYTES);
            return null;
        }
        try (InputStream in = upload.getInputStream()) {
            AttachmentView added = items.addAttachment(currentUser.id(), id, upload.getSubmittedFileName(),
                    in.readAllBytes());
            feedback.info("knowledge.attachment.added", added.fileName());
            feedback.keepForRedirect();
            return "/mijn/kennis-item.xhtml?faces-redirect=true&id=" + id;
        } catch (AttachmentRejectedException e) {
            feedback.fieldError("attach:file", "knowledge.attachment." + e.reason(), MAX_MEGABYTES);
        } catch (KnowledgeActionNotAllowedException | UnknownKnowledgeItemException e) {
            feedback.error("knowledge.notAllowed");
        } catch (IOException e) {
            feedback.fieldError("attach:file", "knowledge.attachment.UNSUPPORTED_TYPE", MAX_MEGABYTES);
        }
        return null;
    }

    /** Adds a co-author by the e-mail address of their account here. */
    public String addCoAuthor() {
        String address = coAuthorEmail == null ? "" : coAuthorEmail.strip();
        if (address.isEmpty()) {
            feedback.fieldError("authors:coAuthor", "knowledge.field.REQUIRED");
            return null;
        }
        Optional<AccountView> account = accounts.findByEmail(address);
        if (account.isEmpty()) {
            feedback.fieldError("authors:coAuthor", "knowledge.coAuthor.unknown");
            return null;
        }
        try {
            items.addAuthor(currentUser.id(), id, account.get().id());
            feedback.info("knowledge.coAuthor.added", account.get().displayName());
            feedback.keepForRedirect();
            return "/mijn/kennis-item.xhtml?faces-redirect=true&id=" + id;
        } catch (KnowledgeActionNotAllowedException | UnknownKnowledgeItemException e) {
            feedback.error("knowledge.notAllowed");
            return null;
        }
    }

    /** The item's authors; all but the one who created it (the first) can be taken off. */
    public List<Author> getAuthors() {
        if (item == null) {
            return List.of();
        }
        List<Long> ids = item.authorIds();
        return ids.stream().map(accountId -> accounts.findById(accountId)
                        .map(a -> new Author(accountId, a.displayName(), !accountId.equals(ids.get(0)))))
                .flatMap(Optional::stream).toList();
    }

    /** Takes a co-author off the item. */
    public String removeCoAuthor(long accountId) {
        try {
            items.removeAuthor(currentUser.id(), id, accountId);
            feedback.info("knowledge.coAuthor.removed");
            feedback.keepForRedirect();
            return "/mijn/kennis-item.xhtml?faces-redirect=true&id=" + id;
        } catch (KnowledgeActionNotAllowedException | UnknownKnowledgeItemException e) {
            feedback.error("knowledge.notAllowed");
            return null;
        }
    }

    /** An author as the edit page lists them. */
    public record Author(long id, String name, boolean removable) {
    }

    public String getCoAuthorEmail() {
        return coAuthorEmail;
    }

    public void setCoAuthorEmail(String coAuthorEmail) {
        this.coAuthorEmail = coAuthorEmail;
    }

    public String removeAttachment(long attachmentId) {
        try {
            items.removeAttachment(currentUser.id(), attachmentId);
            feedback.info("knowledge.attachment.removed");
            feedback.keepForRedirect();
            return "/mijn/kennis-item.xhtml?faces-redirect=true&id=" + id;
        } catch (KnowledgeActionNotAllowedException | UnknownKnowledgeItemException e) {
            feedback.error("knowledge.notAllowed");
            return null;
        }
    }

    public List<KnowledgeType> getTypes() {
        return Arrays.asList(KnowledgeType.values());
    }

    public List<DocumentKind> getDocumentKinds() {
        return Arrays.asList(DocumentKind.values());
    }

    public List<KnowledgeItemView> getMine() {
        return items.itemsOf(currentUser.id());
    }

    public int getMaxMegabytes() {
        return MAX_MEGABYTES;
    }

    public Long getId() {
        return id;
    }

    public KnowledgeItemView getItem() {
        return item;
    }

    public boolean isAllowed() {
        return allowed;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public KnowledgeType getType() {
        return type;
    }

    public void setType(KnowledgeType type) {
        this.type = type;
    }

    public DocumentKind getDocumentKind() {
        return documentKind;
    }

    public void setDocumentKind(DocumentKind documentKind) {
        this.documentKind = documentKind;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public List<Long> getThemeIds() {
        return themeIds;
    }

    public void setThemeIds(List<Long> themeIds) {
        this.themeIds = themeIds;
    }

    public List<String> getMunicipalityCodes() {
        return municipalityCodes;
    }

    public void setMunicipalityCodes(List<String> municipalityCodes) {
        this.municipalityCodes = municipalityCodes;
    }

    /** The organisation chosen in the suggestions joins the ticked ones (at once with script, else at saving). */
    public void organisationAdded() {
        if (organisationToAdd != null) {
            if (organisationIds == null) {
                organisationIds = new ArrayList<>();
            }
            if (!organisationIds.contains(organisationToAdd.id())) {
                organisationIds = new ArrayList<>(organisationIds);
                organisationIds.add(organisationToAdd.id());
            }
            organisationToAdd = null;
        }
    }

    /**
     * The organisations to tick: those of the item, those ticked in the form that was sent (a request-scoped page
     * knows them only from the request) and the one just chosen, by name.
     */
    public List<SelectItem> getOrganisationItems() {
        Set<Long> ids = new LinkedHashSet<>();
        if (item != null) {
            ids.addAll(item.organisationIds());
        }
        String[] sent = Faces.getRequestParameterValuesMap().get("item:organisationIds");
        for (String value : sent == null ? new String[0] : sent) {
            KnowledgeParameters.number(value).ifPresent(ids::add);
        }
        if (organisationIds != null) {
            ids.addAll(organisationIds);
        }
        return ids.stream().map(organisationChoice::byId).flatMap(Optional::stream)
                .map(o -> new SelectItem(o.id(), o.name())).toList();
    }

    public List<Long> getOrganisationIds() {
        return organisationIds;
    }

    public void setOrganisationIds(List<Long> organisationIds) {
        this.organisationIds = organisationIds == null ? new ArrayList<>() : new ArrayList<>(organisationIds);
    }

    public OrganisationSummary getOrganisationToAdd() {
        return organisationToAdd;
    }

    public void setOrganisationToAdd(OrganisationSummary organisationToAdd) {
        this.organisationToAdd = organisationToAdd;
    }

    /** The gatherings an item can come from (see {@link GatheringChoice}); the item's own stays in the list. */
    public List<SelectItem> getGatheringItems() {
        return gatheringChoice.items(item == null ? null : item.sourceGatheringId());
    }

    public Long getSourceGatheringId() {
        return sourceGatheringId;
    }

    public void setSourceGatheringId(Long sourceGatheringId) {
        this.sourceGatheringId = sourceGatheringId;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
