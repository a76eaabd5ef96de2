package nl.netwerkplaats.web.pages.knowledge;

import java.io.IOException;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.OrganisationSummary;
import nl.netwerkplaats.knowledge.api.KnowledgeActionNotAllowedException;
import nl.netwerkplaats.knowledge.api.KnowledgeCommunity;
import nl.netwerkplaats.knowledge.api.ReactionView;
import nl.netwerkplaats.knowledge.api.KnowledgeHit;
import nl.netwerkplaats.knowledge.api.KnowledgeInputRejectedException;
import nl.netwerkplaats.knowledge.api.KnowledgeItemView;
import nl.netwerkplaats.knowledge.api.KnowledgeItems;
import nl.netwerkplaats.knowledge.api.KnowledgeSearch;
import nl.netwerkplaats.knowledge.api.KnowledgeStatus;
import nl.netwerkplaats.knowledge.api.UnknownKnowledgeItemException;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * One knowledge item: its text, tags, attachments and "meer zoals dit" for everyone; the workflow buttons for its
 * authors and the editors. A concept of someone else is a missing page, exactly like an id that does not exist.
 */
@Named
@RequestScoped
public class KnowledgeItemPage {

    @Inject
    private KnowledgeItems items;

    @Inject
    private KnowledgeSearch search;

    @Inject
    private KnowledgeCommunity community;

    @Inject
    private ViewerKeys viewerKeys;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Feedback feedback;

    @Inject
    @Param(name = "id")
    private String idParameter;

    private Long id;
    private KnowledgeItemView item;
    private boolean editor;
    private boolean mayEdit;
    private List<KnowledgeHit> similar;

    private String note;
    private String reason;
    private String reaction;
    private String reportReason;
    private List<ReactionView> reactions;
    private List<OrganisationSummary> organisations;
    private List<String> authorNames;

    @Inject
    private Accounts accounts;

    @Inject
    private OrganisationChoice organisationChoice;

    @Inject
    private GatheringChoice gatheringChoice;

    @PostConstruct
    void load() {
        id = KnowledgeParameters.number(idParameter).orElse(null);
        Long viewer = currentUser.isSignedIn() ? currentUser.id() : null;
        item = id == null ? null : items.find(viewer, id).orElse(null);
        if (item == null) {
            return;
        }
        editor = viewer != null && items.isEditor(viewer);
        mayEdit = viewer != null && items.mayEdit(viewer, id);
        if (!Faces.isPostback() && item.status() == KnowledgeStatus.GEPUBLICEERD && !viewerKeys.isRobot()
                && community.recordView(id, viewerKeys.of(viewer), viewerKeys.today())) {
            item = items.find(viewer, id).orElse(item);
        }
    }

    public void react() {
        try {
            community.react(currentUser.id(), id, reaction);
            reaction = null;
            feedback.info("knowledge.reacted");
        } catch (KnowledgeInputRejectedException e) {
            feedback.fieldError("reactions:reaction", "knowledge.field." + e.problem(), e.maxLength());
        } catch (KnowledgeActionNotAllowedException | UnknownKnowledgeItemException e) {
            feedback.error("knowledge.notAllowed");
        }
        reload();
    }

    /** Reports the item itself, or one reaction when {@code reactionId} is given. */
    public void report(Long reactionId) {
        try {
            community.report(currentUser.id(), id, reactionId, reportReason);
            reportReason = null;
            feedback.info("knowledge.reported");
        } catch (KnowledgeInputRejectedException e) {
            feedback.fieldError("reactions:reportReason", "knowledge.field." + e.problem(), e.maxLength());
        } catch (KnowledgeActionNotAllowedException | UnknownKnowledgeItemException e) {
            feedback.error("knowledge.notAllowed");
        }
        reload();
    }

    /** The signed-in member takes back a reaction of their own. */
    public void removeReaction(long reactionId) {
        try {
            community.removeOwnReaction(currentUser.id(), reactionId);
            feedback.info("knowledge.reaction.removed");
        } catch (KnowledgeActionNotAllowedException e) {
            feedback.error("knowledge.notAllowed");
        }
        reload();
    }

    /** The authors' names, first author first (an erased account is left out). */
    public List<String> getAuthorNames() {
        if (authorNames == null) {
            authorNames = item == null ? List.of() : item.authorIds().stream()
                    .map(accounts::findById).flatMap(java.util.Optional::stream).map(AccountView::displayName).toList();
        }
        return authorNames;
    }

    /** The linked organisations with their names (an organisation that no longer exists is left out). */
    public List<OrganisationSummary> getOrganisations() {
        if (organisations == null) {
            organisations = item == null ? List.of() : item.organisationIds().stream()
                    .map(organisationChoice::byId).flatMap(java.util.Optional::stream).toList();
        }
        return organisations;
    }

    /** The source gathering's title when the viewer may see that gathering, otherwise null. */
    public String getGatheringTitle() {
        return item == null ? null : gatheringChoice.title(item.sourceGatheringId());
    }

    private void reload() {
        load();
        reactions = null;
    }

    public List<ReactionView> getReactions() {
        if (reactions == null) {
            reactions = item == null ? List.of() : community.reactions(id);
        }
        return reactions;
    }

    public String getReaction() {
        return reaction;
    }

    public void setReaction(String reaction) {
        this.reaction = reaction;
    }

    public String getReportReason() {
        return reportReason;
    }

    public void setReportReason(String reportReason) {
        this.reportReason = reportReason;
    }

    /** Before rendering: an unknown or hidden item is a missing page, with the status code to match. */
    public void requireItem() throws IOException {
        if (item == null && !FacesContext.getCurrentInstance().getResponseComplete()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such knowledge item");
        }
    }

    public void submit() {
        act(() -> items.submit(currentUser.id(), id), "knowledge.submitted");
    }

    public void publish() {
        act(() -> items.publish(currentUser.id(), id), "knowledge.published");
    }

    public void sendBack() {
        act(() -> items.sendBack(currentUser.id(), id, note), "knowledge.sentBack");
    }

    public void archive() {
        act(() -> items.archive(currentUser.id(), id), "knowledge.archived");
    }

    public void markWellDescribed() {
        act(() -> items.markWellDescribed(currentUser.id(), id, reason), "knowledge.marked");
    }

    public void clearWellDescribed() {
        act(() -> items.clearWellDescribed(currentUser.id(), id), "knowledge.unmarked");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            feedback.info(doneKey);
        } catch (KnowledgeInputRejectedException e) {
            feedback.fieldError("item:" + e.field(), "knowledge.field." + e.problem(), e.maxLength());
        } catch (KnowledgeActionNotAllowedException | UnknownKnowledgeItemException e) {
            feedback.error("knowledge.notAllowed");
        }
        load();
        similar = null;
    }

    public long kilobytes(int bytes) {
        return Math.max(1, (bytes + 1023) / 1024);
    }

    public Long getId() {
        return id;
    }

    public KnowledgeItemView getItem() {
        return item;
    }

    public List<KnowledgeHit> getSimilar() {
        if (similar == null) {
            similar = item == null || item.status() != KnowledgeStatus.GEPUBLICEERD && item.status() != KnowledgeStatus.GEARCHIVEERD
                    ? List.of() : search.moreLikeThis(id, 5);
        }
        return similar;
    }

    public boolean isEditor() {
        return editor;
    }

    public boolean isMayEdit() {
        return mayEdit;
    }

    public boolean isAuthor() {
        return item != null && currentUser.isSignedIn() && item.authorIds().contains(currentUser.id());
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
