package nl.netwerkplaats.network.application;

import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.network.api.ThemeAdded;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeChanged;
import nl.netwerkplaats.network.api.ThemeNameTakenException;
import nl.netwerkplaats.network.api.ThemeView;
import nl.netwerkplaats.network.api.UnknownThemeException;
import nl.netwerkplaats.network.domain.Theme;

@Stateless
public class ThemeCatalogService implements ThemeCatalog {

    @PersistenceContext(unitName = "network")
    private EntityManager em;

    @Inject
    private Event<ThemeAdded> themeAdded;

    @Inject
    private Event<ThemeChanged> themeChanged;

    @Override
    public List<ThemeView> activeThemes() {
        return em.createNamedQuery("Theme.active", Theme.class).getResultStream().map(ThemeCatalogService::view).toList();
    }

    @Override
    public List<ThemeView> allThemes() {
        return em.createNamedQuery("Theme.all", Theme.class).getResultStream().map(ThemeCatalogService::view).toList();
    }

    @Override
    public Optional<ThemeView> find(long themeId) {
        return Optional.ofNullable(em.find(Theme.class, themeId)).map(ThemeCatalogService::view);
    }

    @Override
    public ThemeView add(String nameNl, String nameEn) {
        requireFreeName(nameNl, -1);
        Theme theme = new Theme(nameNl, nameEn, uniqueCode(Theme.codeFor(nameNl)));
        em.persist(theme);
        em.flush();
        themeAdded.fire(new ThemeAdded(theme.getId()));
        return view(theme);
    }

    @Override
    public ThemeView rename(long themeId, String nameNl, String nameEn) {
        Theme theme = load(themeId);
        requireFreeName(nameNl, themeId);
        theme.rename(nameNl, nameEn);
        return changed(theme);
    }

    @Override
    public ThemeView retire(long themeId) {
        Theme theme = load(themeId);
        theme.retire();
        return changed(theme);
    }

    @Override
    public ThemeView reinstate(long themeId) {
        Theme theme = load(themeId);
        theme.reinstate();
        return changed(theme);
    }

    private ThemeView changed(Theme theme) {
        themeChanged.fire(new ThemeChanged(theme.getId()));
        return view(theme);
    }

    private Theme load(long themeId) {
        Theme theme = em.find(Theme.class, themeId);
        if (theme == null) {
            throw new UnknownThemeException(themeId);
        }
        return theme;
    }

    private void requireFreeName(String nameNl, long exceptId) {
        long others = em.createNamedQuery("Theme.countByName", Long.class)
                .setParameter("name", nameNl.strip())
                .setParameter("exceptId", exceptId)
                .getSingleResult();
        if (others > 0) {
            throw new ThemeNameTakenException(nameNl.strip());
        }
    }

    private String uniqueCode(String base) {
        String code = base;
        for (int n = 2; codeTaken(code); n++) {
            code = base + "-" + n;
        }
        return code;
    }

    private boolean codeTaken(String code) {
        return !em.createQuery("select t.id from Theme t where t.code = :code")
                .setParameter("code", code).setMaxResults(1).getResultList().isEmpty();
    }

    static ThemeView view(Theme t) {
        return new ThemeView(t.getId(), t.getCode(), t.getNameNl(), t.getNameEn(), t.isRetired());
    }
}
