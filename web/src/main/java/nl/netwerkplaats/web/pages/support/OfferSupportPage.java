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
import nl.netwerkplaats.network.api.SupportOfferDraft;
import nl.netwerkplaats.network.api.SupportOfferView;
import nl.netwerkplaats.web.i18n.Messages;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.pages.helpdesk.RejectedInput;
import nl.netwerkplaats.web.security.CurrentUser;

/** A member offers support, as a person or for an organisation they belong to. */
@Named
@ViewScoped
public class OfferSupportPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of("title", "offer:title", "description",
            "offer:description", "themeIds", "offer:themes", "municipalityCode", "offer:municipality",
            "helpKinds", "offer:helpKinds");

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
    private String description;
    private Long[] themeIds = new Long[0];
    private String municipalityCode;
    private HelpKind[] helpKinds = new HelpKind[0];
    private Long organisationId;

    @PostConstruct
    void load() {
        organisations = support.organisationsOf(currentUser.id());
    }

    public String offer() {
        try {
            SupportOfferView offered = support.offer(currentUser.id(), new SupportOfferDraft(title, description,
                    Set.copyOf(Arrays.asList(themeIds)), municipalityCode, Set.copyOf(Arrays.asList(helpKinds)),
                    organisationId));
            feedback.info("support.offer.done", offered.title());
            feedback.keepForRedirect();
            return "/mijn/steun.xhtml?faces-redirect=true";
        } catch (InputRejectedException e) {
            RejectedInput.show(e, "support", FIELDS, messages);
        } catch (ActionNotAllowedException e) {
            feedback.fieldError("offer:organisation", "support.notMember");
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

    public List<HelpKind> getAllHelpKinds() {
        return List.of(HelpKind.values());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
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
