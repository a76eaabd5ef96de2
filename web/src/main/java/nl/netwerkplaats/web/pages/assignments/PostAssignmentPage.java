package nl.netwerkplaats.web.pages.assignments;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.network.api.ActionNotAllowedException;
import nl.netwerkplaats.network.api.AssignmentDraft;
import nl.netwerkplaats.network.api.AssignmentLevel;
import nl.netwerkplaats.network.api.AssignmentView;
import nl.netwerkplaats.network.api.Assignments;
import nl.netwerkplaats.network.api.InputRejectedException;
import nl.netwerkplaats.network.api.Support;
import nl.netwerkplaats.web.i18n.Messages;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.pages.helpdesk.RejectedInput;
import nl.netwerkplaats.web.security.CurrentUser;

/** A member posts a student assignment for an organisation they belong to. */
@Named
@ViewScoped
public class PostAssignmentPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("organisationId", "post:organisation",
            "title", "post:title", "question", "post:question", "scope", "post:scope", "startsOn", "post:startsOn",
            "endsOn", "post:endsOn", "level", "post:level", "themeId", "post:theme", "contact", "post:contact");

    @Inject
    private transient Assignments assignments;

    @Inject
    private transient Support support;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    @Inject
    private transient Feedback feedback;

    private Map<Long, String> organisations;
    private Long organisationId;
    private String title;
    private String question;
    private String scope;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private AssignmentLevel level = AssignmentLevel.ANY;
    private Long themeId;
    private String contact;

    @PostConstruct
    void load() {
        organisations = support.organisationsOf(currentUser.id());
        if (organisations.size() == 1) {
            organisationId = organisations.keySet().iterator().next();
        }
    }

    public String post() {
        try {
            AssignmentView posted = assignments.post(currentUser.id(), new AssignmentDraft(organisationId, title,
                    question, scope, startsOn, endsOn, level, themeId, contact));
            feedback.info("assignments.posted", posted.title());
            feedback.keepForRedirect();
            return "/netwerk/opdrachten/opdracht.xhtml?faces-redirect=true&id=" + posted.id();
        } catch (InputRejectedException e) {
            RejectedInput.show(e, "support", FIELDS, messages);
        } catch (ActionNotAllowedException e) {
            feedback.fieldError("post:organisation", "support.notMember");
        }
        return null;
    }

    public Map<Long, String> getOrganisations() {
        return organisations;
    }

    public List<jakarta.faces.model.SelectItem> getOrganisationItems() {
        return organisations.entrySet().stream()
                .map(e -> new jakarta.faces.model.SelectItem(e.getKey(), e.getValue())).toList();
    }

    public List<AssignmentLevel> getLevels() {
        return List.of(AssignmentLevel.values());
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }

    public AssignmentLevel getLevel() {
        return level;
    }

    public void setLevel(AssignmentLevel level) {
        this.level = level;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
