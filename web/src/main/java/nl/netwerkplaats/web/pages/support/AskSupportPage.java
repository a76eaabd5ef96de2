package nl.netwerkplaats.web.pages.support;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.network.api.ActionNotAllowedException;
import nl.netwerkplaats.network.api.HelpKind;
import nl.netwerkplaats.network.api.InputRejectedException;
import nl.netwerkplaats.network.api.Support;
import nl.netwerkplaats.network.api.SupportRequestDraft;
import nl.netwerkplaats.network.api.SupportRequestView;
import nl.netwerkplaats.network.api.Urgency;
import nl.netwerkplaats.web.i18n.Messages;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.pages.helpdesk.RejectedInput;
import nl.netwerkplaats.web.security.CurrentUser;

/** A member asks for support, for themselves or for an organisation they belong to. web.xml limits /mijn/* to members. */
@Named
@ViewScoped
public class AskSupportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("title", "ask:title", "need", "ask:need",
            "reason", "ask:reason", "themeIds", "ask:themes", "municipalityCode", "ask:municipality",
            "urgency", "ask:urgency", "helpKinds", "ask:helpKinds");

    @Inject
    private transient Support support;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    @Inject
    private transient Feedback feedback;

    private Map<Long, String> organisations;
    private String title;
    private String need;
    private String reason;
    private Long[] themeIds = new Long[0];
    private String municipalityCode;
    private Urgency urgency = Urgency.NORMAL;
    private HelpKind[] helpKinds = new HelpKind[0];
    private Long organisationId;

    @PostConstruct
    void load() {
        organisations = support.organisationsOf(currentUser.id());
    }

    public String ask() {
        try {
            SupportRequestView asked = support.ask(currentUser.id(), new SupportRequestDraft(title, need, reason,
                    Set.copyOf(Arrays.asList(themeIds)), municipalityCode, urgency,
                    Set.copyOf(Arrays.asList(helpKinds)), organisationId));
            feedback.info("support.ask.done", asked.title());
            feedback.keepForRedirect();
            return "/netwerk/steun/vraag.xhtml?faces-redirect=true&id=" + asked.id();
        } catch (InputRejectedException e) {
            RejectedInput.show(e, "support", FIELDS, messages);
        } catch (ActionNotAllowedException e) {
            feedback.fieldError("ask:organisation", "support.notMember");
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

    public List<Urgency> getUrgencies() {
        return List.of(Urgency.values());
    }

    public List<HelpKind> getAllHelpKinds() {
        return List.of(HelpKind.values());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getNeed() {
        return need;
    }

    public void setNeed(String need) {
        this.need = need;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long[] getThemeIds() {
        return themeIds;
    }

    public void setThemeIds(Long[] themeIds) {
        this.themeIds = themeIds == null ? new Long[0] : themeIds;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public HelpKind[] getHelpKinds() {
        return helpKinds;
    }

    public void setHelpKinds(HelpKind[] helpKinds) {
        this.helpKinds = helpKinds == null ? new HelpKind[0] : helpKinds;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}
