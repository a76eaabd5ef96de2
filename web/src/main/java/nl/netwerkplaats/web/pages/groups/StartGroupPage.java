package nl.netwerkplaats.web.pages.groups;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.network.api.GroupActionNotAllowedException;
import nl.netwerkplaats.network.api.GroupAdmission;
import nl.netwerkplaats.network.api.GroupDraft;
import nl.netwerkplaats.network.api.GroupView;
import nl.netwerkplaats.network.api.Groups;
import nl.netwerkplaats.network.api.InvalidGroupDraftException;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeView;
import nl.netwerkplaats.network.api.UnknownThemeException;
import nl.netwerkplaats.web.i18n.Messages;
import nl.netwerkplaats.web.security.CurrentUser;

/** A member starts a group. web.xml limits /mijn/* to signed-in members. */
@Named
@ViewScoped
public class StartGroupPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "start";

    @Inject
    private transient Groups groups;

    @Inject
    private transient ThemeCatalog themes;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    private String name;
    private Long themeId;
    private String question;
    private String goal;
    private LocalDate endDate;
    private GroupAdmission admission = GroupAdmission.OPEN;

    /** Starts the group and opens its page; a refused field gets its message next to it. */
    public String start() {
        try {
            GroupView started = groups.start(currentUser.id(),
                    new GroupDraft(name, themeId, question, goal, endDate, admission));
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    messages.format("groups.started", started.name()), null));
            return "/netwerk/groepen/groep.xhtml?faces-redirect=true&id=" + started.id();
        } catch (InvalidGroupDraftException e) {
            fieldError(e.problem().field(), "groups.problem." + e.problem().name());
        } catch (UnknownThemeException e) {
            fieldError("themeId", "groups.problem.THEME_UNKNOWN");
        } catch (GroupActionNotAllowedException e) {
            fieldError(null, "groups.notAllowed");
        }
        return null;
    }

    private void fieldError(String field, String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(field == null ? null : FORM + ":" + field,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.get(key), null));
        faces.validationFailed();
    }

    public List<ThemeView> getThemes() {
        return themes.activeThemes();
    }

    public List<GroupAdmission> getAdmissions() {
        return List.of(GroupAdmission.values());
    }

    /** The earliest end date the date field offers: today. */
    public LocalDate getToday() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public String getQuestion() {
        return question;
    }

    public void setQuestion(String question) {
        this.question = question;
    }

    public String getGoal() {
        return goal;
    }

    public void setGoal(String goal) {
        this.goal = goal;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public GroupAdmission getAdmission() {
        return admission;
    }

    public void setAdmission(GroupAdmission admission) {
        this.admission = admission;
    }
}
