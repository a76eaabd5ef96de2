package nl.netwerkplaats.web.pages;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeNameTakenException;
import nl.netwerkplaats.network.api.ThemeView;
import nl.netwerkplaats.network.api.UnknownThemeException;
import nl.netwerkplaats.web.i18n.Messages;

/** Admins add, rename, retire and reinstate themes. web.xml limits /beheer/* to the admin role. */
@Named
@ViewScoped
public class ThemeAdminPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ThemeCatalog themes;

    @Inject
    private transient Messages messages;

    private List<ThemeView> all;

    @NotBlank
    @Size(max = ThemeCatalog.MAX_NAME_LENGTH)
    private String newNameNl;

    @Size(max = ThemeCatalog.MAX_NAME_LENGTH)
    private String newNameEn;

    private Long editingId;

    @NotBlank
    @Size(max = ThemeCatalog.MAX_NAME_LENGTH)
    private String editNameNl;

    @Size(max = ThemeCatalog.MAX_NAME_LENGTH)
    private String editNameEn;

    @PostConstruct
    void load() {
        all = themes.allThemes();
    }

    public void add() {
        try {
            ThemeView added = themes.add(newNameNl, newNameEn);
            info("themes.added", added.nameNl());
            newNameNl = null;
            newNameEn = null;
            load();
        } catch (ThemeNameTakenException e) {
            error("themes.nameTaken", e.name());
        }
    }

    public void startEditing(ThemeView theme) {
        editingId = theme.id();
        editNameNl = theme.nameNl();
        editNameEn = theme.nameEn();
    }

    public void cancelEditing() {
        editingId = null;
    }

    public void saveEdit() {
        try {
            ThemeView renamed = themes.rename(editingId, editNameNl, editNameEn);
            info("themes.renamed", renamed.nameNl());
            editingId = null;
            load();
        } catch (ThemeNameTakenException e) {
            error("themes.nameTaken", e.name());
        } catch (UnknownThemeException e) {
            error("themes.gone");
            load();
        }
    }

    public void retire(ThemeView theme) {
        change(() -> themes.retire(theme.id()), "themes.retired");
    }

    public void reinstate(ThemeView theme) {
        change(() -> themes.reinstate(theme.id()), "themes.reinstated");
    }

    private void change(java.util.function.Supplier<ThemeView> action, String doneKey) {
        try {
            info(doneKey, action.get().nameNl());
        } catch (UnknownThemeException e) {
            error("themes.gone");
        }
        load();
    }

    private void info(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, messages.format(key, args), null));
    }

    private void error(String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.format(key, args), null));
    }

    public boolean isEditing(ThemeView theme) {
        return editingId != null && editingId == theme.id();
    }

    public List<ThemeView> getAll() {
        return all;
    }

    public String getNewNameNl() {
        return newNameNl;
    }

    public void setNewNameNl(String newNameNl) {
        this.newNameNl = newNameNl;
    }

    public String getNewNameEn() {
        return newNameEn;
    }

    public void setNewNameEn(String newNameEn) {
        this.newNameEn = newNameEn;
    }

    public String getEditNameNl() {
        return editNameNl;
    }

    public void setEditNameNl(String editNameNl) {
        this.editNameNl = editNameNl;
    }

    public String getEditNameEn() {
        return editNameEn;
    }

    public void setEditNameEn(String editNameEn) {
        this.editNameEn = editNameEn;
    }
}
