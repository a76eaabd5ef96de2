package nl.netwerkplaats.web.pages.organisations;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import nl.netwerkplaats.network.api.ActionNotAllowedException;
import nl.netwerkplaats.network.api.InvalidKvkNumberException;
import nl.netwerkplaats.network.api.OrganisationDraft;
import nl.netwerkplaats.network.api.OrganisationKind;
import nl.netwerkplaats.network.api.OrganisationSummary;
import nl.netwerkplaats.network.api.OrganisationView;
import nl.netwerkplaats.network.api.Organisations;
import nl.netwerkplaats.network.api.UnknownMunicipalityException;
import nl.netwerkplaats.network.api.UnknownThemeException;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.pages.PictureUpload;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * Registers an organisation or initiative, or edits one ({@code ?id=}). Before registering, organisations with a
 * similar name in the same municipalities are shown, so people join an existing one instead of adding a twin.
 */
@Named
@ViewScoped
public class OrganisationFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Organisations organisations;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Feedback feedback;

    @Inject
    private transient PictureUpload pictures;

    @Inject
    @Param(name = "id")
    private Long idParam;

    private Long id;
    private String name;
    private OrganisationKind kind;
    private String description;
    private String offers;
    private String needs;
    private String website;
    private String kvkNumber;
    private List<String> municipalityCodes = new ArrayList<>();
    private List<Long> themeIds = new ArrayList<>();
    private List<OrganisationSummary> candidates = List.of();
    private boolean duplicatesSeen;
    private transient Part logo;

    @PostConstruct
    void load() {
        if (idParam == null) {
            if (Faces.getRequestParameter("id") != null) {
                Faces.responseSendError(404, ""); // an id that is no number edits nothing
            }
            return;
        }
        OrganisationView o = organisations.find(idParam).orElse(null);
        if (o == null) {
            Faces.responseSendError(404, "");
            return;
        }
        if (!organisations.mayEdit(currentUser.id(), o.id())) {
            Faces.responseSendError(403, "");
            return;
        }
        id = o.id();
        name = o.name();
        kind = o.kind();
        description = o.description();
        offers = o.offers();
        needs = o.needs();
        website = o.website();
        kvkNumber = o.kvkNumber();
        municipalityCodes = new ArrayList<>(o.municipalityCodes());
        themeIds = new ArrayList<>(o.themeIds());
    }

    public void save() throws IOException {
        if (municipalityCodes.isEmpty()) {
            feedback.fieldError("organisation:municipalities", "organisation.municipalities.required");
            return;
        }
        OrganisationDraft draft = new OrganisationDraft(name, kind, description, offers, needs, website, kvkNumber,
                new HashSet<>(municipalityCodes), new HashSet<>(themeIds));
        if (id == null && !duplicatesSeen) {
            candidates = organisations.similar(name, draft.municipalityCodes());
            if (!candidates.isEmpty()) {
                duplicatesSeen = true;
                return;
            }
        }
        try {
            OrganisationView saved = id == null ? organisations.register(currentUser.id(), draft)
                    : organisations.update(currentUser.id(), id, draft);
            feedback.info(id == null ? "organisation.registered" : "organisation.saved", saved.name());
            feedback.keepForRedirect();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/netwerk/organisatie.xhtml?id=" + saved.id());
        } catch (InvalidKvkNumberException e) {
            feedback.fieldError("organisation:kvk", "organisation.kvk.invalid");
        } catch (UnknownMunicipalityException e) {
            feedback.fieldError("organisation:municipalities", "validation.municipality");
        } catch (UnknownThemeException e) {
            feedback.fieldError("organisation:themes", "validation.theme");
        } catch (ActionNotAllowedException e) {
            feedback.error("action.notAllowed");
        }
    }

    public void uploadLogo() {
        try {
            if (pictures.store(logo, "logoForm:logo", bytes -> organisations.setLogo(currentUser.id(), id, bytes))) {
                feedback.info("organisation.logo.saved");
            }
        } catch (ActionNotAllowedException e) {
            feedback.error("action.notAllowed");
        }
    }

    public boolean isEditing() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public List<OrganisationSummary> getCandidates() {
        return candidates;
    }

    public Part getLogo() {
        return logo;
    }

    public void setLogo(Part logo) {
        this.logo = logo;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOffers() {
        return offers;
    }

    public void setOffers(String offers) {
        this.offers = offers;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getKvkNumber() {
        return kvkNumber;
    }

    public void setKvkNumber(String kvkNumber) {
        this.kvkNumber = kvkNumber;
    }

    public List<String> getMunicipalityCodes() {
        return municipalityCodes;
    }

    public void setMunicipalityCodes(List<String> municipalityCodes) {
        this.municipalityCodes = municipalityCodes;
    }

    public List<Long> getThemeIds() {
        return themeIds;
    }

    public void setThemeIds(List<Long> themeIds) {
        this.themeIds = themeIds;
    }
}
