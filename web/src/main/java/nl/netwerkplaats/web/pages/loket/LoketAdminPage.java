package nl.netwerkplaats.web.pages.loket;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.network.api.CoordinatorsOnlyException;
import nl.netwerkplaats.network.api.DomainContactDetails;
import nl.netwerkplaats.network.api.DomainContactView;
import nl.netwerkplaats.network.api.InputRejectedException;
import nl.netwerkplaats.network.api.Loket;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeView;
import nl.netwerkplaats.network.api.UnknownDomainContactException;
import nl.netwerkplaats.web.i18n.Messages;
import nl.netwerkplaats.web.pages.helpdesk.RejectedInput;
import nl.netwerkplaats.web.security.CurrentUser;

/** Coordinators keep the loket: add, change and remove who owns a theme at a municipality. */
@Named
@ViewScoped
public class LoketAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 25;

    private static final Map<String, String> FIELDS = Map.of(
            "municipalityCode", "entry:municipality", "themeId", "entry:theme", "name", "entry:name",
            "role", "entry:role", "department", "entry:department", "email", "entry:email", "phone", "entry:phone");

    @Inject
    private transient Loket loket;

    @Inject
    private transient ThemeCatalog themes;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Messages messages;

    private String filterMunicipality;
    private Long filterTheme;
    private int first;
    private long total;
    private List<DomainContactView> entries;

    private Long editingId;
    private String municipalityCode;
    private Long themeId;
    private String name;
    private String role;
    private String department;
    private String email;
    private String phone;

    @PostConstruct
    void load() {
        total = loket.count(filterMunicipality, filterTheme);
        if (first >= total) {
            first = (int) Math.max(0, (total - 1) / PAGE_SIZE * PAGE_SIZE);
        }
        entries = loket.search(filterMunicipality, filterTheme, first, PAGE_SIZE);
    }

    public void filter() {
        first = 0;
        load();
    }

    public void next() {
        first += PAGE_SIZE;
        load();
    }

    public void previous() {
        first = Math.max(0, first - PAGE_SIZE);
        load();
    }

    public void save() {
        DomainContactDetails details = new DomainContactDetails(municipalityCode, themeId, name, role, department,
                email, phone);
        try {
            DomainContactView saved = editingId == null
                    ? loket.add(currentUser.id(), details)
                    : loket.update(currentUser.id(), editingId, details);
            info(editingId == null ? "loket.admin.added" : "loket.admin.changed", saved.name(),
                    saved.municipalityName());
            clearForm();
            load();
        } catch (InputRejectedException e) {
            RejectedInput.show(e, "loket", FIELDS, messages);
        } catch (UnknownDomainContactException e) {
            error("loket.admin.gone");
            clearForm();
            load();
        } catch (CoordinatorsOnlyException e) {
            error("loket.admin.notAllowed");
        }
    }

    public void edit(DomainContactView entry) {
        editingId = entry.id();
        municipalityCode = entry.municipalityCode();
        themeId = entry.themeId();
        name = entry.name();
        role = entry.role();
        department = entry.department();
        email = entry.email();
        phone = entry.phone();
    }

    public void cancel() {
        clearForm();
    }

    public void remove(DomainContactView entry) {
        try {
            loket.remove(currentUser.id(), entry.id());
            info("loket.admin.removed", entry.name(), entry.municipalityName());
            if (editingId != null && editingId == entry.id()) {
                clearForm();
            }
        } catch (UnknownDomainContactException e) {
            error("loket.admin.gone");
        } catch (CoordinatorsOnlyException e) {
            error("loket.admin.notAllowed");
        }
        load();
    }

    private void clearForm() {
        editingId = null;
        municipalityCode = null;
        themeId = null;
        name = null;
        role = null;
        department = null;
        email = null;
        phone = null;
    }

    private void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, messages.format(key, args), null));
    }

    private void error(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.format(key, args), null));
    }

    public List<SelectItem> getMunicipalityGroups() {
        return LoketOptions.municipalityGroups();
    }

    /** The active themes, plus the retired one an entry being edited may still carry. */
    public List<SelectItem> getThemeItems() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<SelectItem> items = new ArrayList<>();
        for (ThemeView theme : themes.allThemes()) {
            if (!theme.retired() || theme.id() == (themeId == null ? -1 : themeId)) {
                items.add(new SelectItem(theme.id(), theme.name(locale)));
            }
        }
        items.sort((a, b) -> a.getLabel().compareToIgnoreCase(b.getLabel()));
        return items;
    }

    /** Every theme, retired ones too, for filtering the list. */
    public List<ThemeView> getAllThemes() {
        return themes.allThemes();
    }

    public String themeLabel(ThemeView theme) {
        return theme.name(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public String themeName(DomainContactView entry) {
        return entry.themeName(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public boolean isBeingEdited(DomainContactView entry) {
        return editingId != null && editingId == entry.id();
    }

    public List<DomainContactView> getEntries() {
        return entries;
    }

    public long getTotal() {
        return total;
    }

    public int getFrom() {
        return entries.isEmpty() ? 0 : first + 1;
    }

    public int getTo() {
        return first + entries.size();
    }

    public boolean isHasPrevious() {
        return first > 0;
    }

    public boolean isHasNext() {
        return first + PAGE_SIZE < total;
    }

    public String getFilterMunicipality() {
        return filterMunicipality;
    }

    public void setFilterMunicipality(String filterMunicipality) {
        this.filterMunicipality = filterMunicipality;
    }

    public Long getFilterTheme() {
        return filterTheme;
    }

    public void setFilterTheme(Long filterTheme) {
        this.filterTheme = filterTheme;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
