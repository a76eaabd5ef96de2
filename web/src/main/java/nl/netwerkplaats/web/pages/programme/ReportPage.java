package nl.netwerkplaats.web.pages.programme;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import nl.netwerkplaats.events.api.GatheringStatusException;
import nl.netwerkplaats.events.api.HarvestItemDraft;
import nl.netwerkplaats.events.api.HarvestItemView;
import nl.netwerkplaats.events.api.HarvestType;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.NotOrganiserException;
import nl.netwerkplaats.events.api.ReportView;
import nl.netwerkplaats.events.api.Reports;
import nl.netwerkplaats.events.api.RoundView;
import nl.netwerkplaats.events.api.TableView;
import nl.netwerkplaats.events.api.UnknownGatheringException;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * "Wat hebben we geoogst?": the report page. Everyone reads a published report; organisers also see a preview before
 * publishing. Signed-in members react (on the report or one item) and add items, which wait for an organiser.
 */
@Named
@ViewScoped
public class ReportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Reports reports;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Feedback feedback;

    @Inject
    @Param(name = "id")
    private String idParameter;

    private Long id;
    private ReportView report;
    private String reaction;
    private Long reactionItemId;
    private HarvestType addType = HarvestType.IDEE;
    private String addText;
    private Long addTableId;
    private Long addRoundId;

    @PostConstruct
    void load() {
        id = OrganiserView.id(idParameter).orElse(null);
        refresh();
    }

    private void refresh() {
        if (id == null) {
            return;
        }
        try {
            report = reports.report(viewer(), id);
        } catch (UnknownGatheringException | NotOrganiserException e) {
            report = null;
        }
    }

    private Long viewer() {
        return currentUser.isSignedIn() ? currentUser.id() : null;
    }

    public void requireReport() throws IOException {
        OrganiserView.require(report != null, true);
    }

    public void react() {
        try {
            reports.react(currentUser.id(), id, reactionItemId, reaction);
            feedback.info("report.reaction.thanks");
            reaction = null;
            reactionItemId = null;
        } catch (InvalidInputException e) {
            feedback.fieldError("react:reaction", "input.problem." + e.problem(), e.limit());
        } catch (GatheringStatusException e) {
            feedback.error("report.notPublished");
        }
        refresh();
    }

    public void add() {
        try {
            reports.addItem(currentUser.id(), id, new HarvestItemDraft(addTableId, addRoundId, addType, addText, null,
                    null, null, null));
            feedback.info("report.add.thanks");
            addText = null;
        } catch (InvalidInputException e) {
            feedback.fieldError("add:addText", "input.problem." + e.problem(), e.limit());
        } catch (GatheringStatusException e) {
            feedback.error("report.notPublished");
        }
        refresh();
    }

    public void hideReaction(long reactionId, boolean shown) {
        reports.moderateReaction(currentUser.id(), reactionId, shown);
        refresh();
    }

    public void moderateItem(long itemId, String status) {
        reports.moderateItem(currentUser.id(), itemId,
                nl.netwerkplaats.events.api.HarvestItemStatus.valueOf(status));
        feedback.info("report.moderated");
        refresh();
    }

    /** Tables (and the plenary as null) that harvested something in this round, in number order. */
    public List<TableView> tablesIn(Long roundId) {
        return report.programme().tables().stream().filter(t -> !report.itemsAt(roundId, t.id()).isEmpty()).toList();
    }

    public List<HarvestItemView> plenaryIn(Long roundId) {
        return report.itemsAt(roundId, null);
    }

    public long reactionsOn(long itemId) {
        return report.reactions().stream().filter(r -> r.shown() && Objects.equals(r.itemId(), itemId)).count();
    }

    public String tableLabel(Long tableId) {
        return report.programme().table(tableId).map(t -> String.valueOf(t.number())).orElse("");
    }

    public HarvestType[] getTypes() {
        return HarvestType.values();
    }

    public List<RoundView> getRounds() {
        return report.programme().rounds();
    }

    public ReportView getReport() {
        return report;
    }

    public String getReaction() {
        return reaction;
    }

    public void setReaction(String reaction) {
        this.reaction = reaction;
    }

    public Long getReactionItemId() {
        return reactionItemId;
    }

    public void setReactionItemId(Long reactionItemId) {
        this.reactionItemId = reactionItemId;
    }

    public HarvestType getAddType() {
        return addType;
    }

    public void setAddType(HarvestType addType) {
        this.addType = addType;
    }

    public String getAddText() {
        return addText;
    }

    public void setAddText(String addText) {
        this.addText = addText;
    }

    public Long getAddTableId() {
        return addTableId;
    }

    public void setAddTableId(Long addTableId) {
        this.addTableId = addTableId;
    }

    public Long getAddRoundId() {
        return addRoundId;
    }

    public void setAddRoundId(Long addRoundId) {
        this.addRoundId = addRoundId;
    }
}
