package nl.netwerkplaats.web.pages.knowledge;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import nl.netwerkplaats.knowledge.api.EvidenceKind;
import nl.netwerkplaats.knowledge.api.KnowledgeActionNotAllowedException;
import nl.netwerkplaats.knowledge.api.KnowledgeAgenda;
import nl.netwerkplaats.knowledge.api.KnowledgeInputRejectedException;
import nl.netwerkplaats.knowledge.api.LearningQuestionView;
import nl.netwerkplaats.knowledge.api.LearningStatus;
import nl.netwerkplaats.knowledge.api.UnknownKnowledgeItemException;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.security.CurrentUser;

/** One learning question: why it matters, its notes and evidence; its owner and the curators keep it up to date. */
@Named
@RequestScoped
public class LearningQuestionPage {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    @Inject
    private KnowledgeAgenda agenda;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Feedback feedback;

    @Inject
    private GatheringChoice gatheringChoice;

    @Inject
    @Param(name = "id")
    private String idParameter;

    private Long id;
    private LearningQuestionView question;
    private boolean manager;

    private String note;
    private LearningStatus status;
    private EvidenceKind evidenceKind;
    private Long evidenceId;
    private Long evidenceGatheringId;
    private LocalDate nextReview;

    @PostConstruct
    void load() {
        id = KnowledgeParameters.number(idParameter).orElse(null);
        question = id == null ? null : agenda.find(id).orElse(null);
        manager = question != null && currentUser.isSignedIn() && agenda.mayManage(currentUser.id(), id);
        if (question != null && !Faces.isPostback()) {
            status = question.status();
        }
    }

    public void requireQuestion() throws IOException {
        if (question == null && !FacesContext.getCurrentInstance().getResponseComplete()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such learning question");
        }
    }

    public void addNote() {
        act(() -> agenda.addNote(currentUser.id(), id, note), "agenda.noted");
        note = null;
    }

    public void changeStatus() {
        act(() -> agenda.changeStatus(currentUser.id(), id, status), "agenda.statusChanged");
    }

    public void addEvidence() {
        if (evidenceKind == null || evidenceId == null) {
            feedback.fieldError("question:evidenceId", "agenda.field.REQUIRED");
            return;
        }
        act(() -> agenda.addEvidence(currentUser.id(), id, evidenceKind, evidenceId), "agenda.evidenceAdded");
    }

    /** A gathering chosen from the list as evidence. */
    public void addGathering() {
        if (evidenceGatheringId == null) {
            feedback.fieldError("question:evidenceGathering", "agenda.field.REQUIRED");
            return;
        }
        act(() -> agenda.addEvidence(currentUser.id(), id, EvidenceKind.GATHERING, evidenceGatheringId),
                "agenda.evidenceAdded");
    }

    public List<jakarta.faces.model.SelectItem> getGatheringItems() {
        return gatheringChoice.items(null);
    }

    public String gatheringTitle(Long gatheringId) {
        return gatheringChoice.title(gatheringId);
    }

    public Long getEvidenceGatheringId() {
        return evidenceGatheringId;
    }

    public void setEvidenceGatheringId(Long evidenceGatheringId) {
        this.evidenceGatheringId = evidenceGatheringId;
    }

    public void markReviewed() {
        act(() -> agenda.markReviewed(currentUser.id(), id, nextReview), "agenda.reviewed");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            feedback.info(doneKey);
        } catch (KnowledgeInputRejectedException e) {
            feedback.fieldError("question:" + e.field(), "agenda.field." + e.problem(), e.maxLength());
        } catch (UnknownKnowledgeItemException e) {
            feedback.fieldError("question:evidenceId", "agenda.unknownItem");
        } catch (KnowledgeActionNotAllowedException e) {
            feedback.error("knowledge.notAllowed");
        }
        load();
    }

    public List<LearningStatus> getStatuses() {
        return Arrays.asList(LearningStatus.values());
    }

    public List<EvidenceKind> getEvidenceKinds() {
        return Arrays.asList(EvidenceKind.values());
    }

    public boolean isDue() {
        return question != null && question.status().active()
                && !question.reviewDate().isAfter(LocalDate.now(DUTCH_TIME));
    }

    public String getTomorrow() {
        return LocalDate.now(DUTCH_TIME).plusDays(1).toString();
    }

    public Long getId() {
        return id;
    }

    public LearningQuestionView getQuestion() {
        return question;
    }

    public boolean isManager() {
        return manager;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public LearningStatus getStatus() {
        return status;
    }

    public void setStatus(LearningStatus status) {
        this.status = status;
    }

    public EvidenceKind getEvidenceKind() {
        return evidenceKind;
    }

    public void setEvidenceKind(EvidenceKind evidenceKind) {
        this.evidenceKind = evidenceKind;
    }

    public Long getEvidenceId() {
        return evidenceId;
    }

    public void setEvidenceId(Long evidenceId) {
        this.evidenceId = evidenceId;
    }

    public LocalDate getNextReview() {
        return nextReview;
    }

    public void setNextReview(LocalDate nextReview) {
        this.nextReview = nextReview;
    }
}
