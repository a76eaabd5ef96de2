package nl.netwerkplaats.web.pages.assignments;

import java.io.IOException;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import nl.netwerkplaats.network.api.ActionNotAllowedException;
import nl.netwerkplaats.network.api.AssignmentResponseView;
import nl.netwerkplaats.network.api.AssignmentView;
import nl.netwerkplaats.network.api.Assignments;
import nl.netwerkplaats.network.api.InputRejectedException;
import nl.netwerkplaats.web.i18n.Messages;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.pages.helpdesk.RejectedInput;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * One assignment: public facts and who works on it; students and lecturers respond; the organisation picks
 * responses and finishes it with its result. Request-scoped: the buttons send the id along.
 */
@Named
@RequestScoped
public class AssignmentPage {

    @Inject
    private Assignments assignments;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    @Inject
    private Feedback feedback;

    @Inject
    @Param(name = "id")
    private String idParameter;

    private Long id;
    private AssignmentView assignment;
    private String motivation;
    private String resultUrl;
    private Long knowledgeItemId;

    @PostConstruct
    void load() {
        try {
            long value = idParameter == null ? 0 : Long.parseLong(idParameter.strip());
            id = value > 0 ? value : null;
        } catch (NumberFormatException e) {
            id = null;
        }
        reload();
    }

    private void reload() {
        Long viewer = currentUser.account().map(a -> a.id()).orElse(null);
        assignment = id == null ? null : assignments.find(id, viewer).orElse(null);
    }

    public void requireAssignment() throws IOException {
        if (assignment == null && !FacesContext.getCurrentInstance().getResponseComplete()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such assignment");
        }
    }

    public void respond() {
        try {
            assignments.respond(currentUser.id(), id, motivation);
            feedback.info("assignments.responded");
            motivation = null;
            reload();
        } catch (InputRejectedException e) {
            RejectedInput.show(e, "support", Map.of("motivation", "respond:motivation"), messages);
        } catch (ActionNotAllowedException e) {
            feedback.error("assignments.mayNotRespond");
        }
    }

    public void pick(AssignmentResponseView response) {
        try {
            assignments.pick(currentUser.id(), id, response.id());
            feedback.info("assignments.picked", response.name());
            reload();
        } catch (ActionNotAllowedException e) {
            feedback.error("support.notAllowed");
        }
    }

    public void finish() {
        try {
            assignments.finish(currentUser.id(), id, resultUrl, knowledgeItemId);
            feedback.info("assignments.finished");
            reload();
        } catch (InputRejectedException e) {
            RejectedInput.show(e, "support", Map.of("resultUrl", "finish:resultUrl"), messages);
        } catch (ActionNotAllowedException e) {
            feedback.error("assignments.notInProgress");
        }
    }

    public Long getId() {
        return id;
    }

    public AssignmentView getAssignment() {
        return assignment;
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    public String getResultUrl() {
        return resultUrl;
    }

    public void setResultUrl(String resultUrl) {
        this.resultUrl = resultUrl;
    }

    public Long getKnowledgeItemId() {
        return knowledgeItemId;
    }

    public void setKnowledgeItemId(Long knowledgeItemId) {
        this.knowledgeItemId = knowledgeItemId;
    }
}
