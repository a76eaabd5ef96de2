package nl.netwerkplaats.web.pages.groups;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import nl.netwerkplaats.network.api.GroupSummary;
import nl.netwerkplaats.network.api.Groups;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeView;

/**
 * The public list of groups, filtered by theme through a plain GET form, so every filtered page has a stable,
 * shareable address ({@code ?thema=eenzaamheid&pagina=2}) and visitors get no session.
 */
@Named
@RequestScoped
public class GroupListPage {

    static final int PAGE_SIZE = 20;

    @Inject
    private Groups groups;

    @Inject
    private ThemeCatalog themes;

    @Inject
    @Param(name = "thema")
    private String themeCode;

    @Inject
    @Param(name = "pagina")
    private String pageParameter;

    private List<ThemeView> activeThemes;
    private Map<Long, ThemeView> allThemes;
    private ThemeView theme;
    private int page;
    private long total;
    private List<GroupSummary> shown;

    @PostConstruct
    void load() {
        activeThemes = themes.activeThemes();
        allThemes = themes.allThemes().stream().collect(Collectors.toMap(ThemeView::id, Function.identity()));
        theme = allThemes.values().stream().filter(t -> t.code().equals(themeCode)).findFirst().orElse(null);
        Long themeId = theme == null ? null : theme.id();
        total = groups.count(themeId);
        int lastPage = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        page = Math.min(GroupPage.parsePositive(pageParameter).map(Math::toIntExact).orElse(1), lastPage);
        shown = groups.list(themeId, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    public List<GroupSummary> getGroups() {
        return shown;
    }

    public long getTotal() {
        return total;
    }

    /** The themes to filter on; a retired theme that was chosen through an old link stays selectable. */
    public List<ThemeView> getThemes() {
        return activeThemes;
    }

    public String getThemeCode() {
        return theme == null ? null : theme.code();
    }

    public String getThemeName() {
        return theme == null ? null : theme.name(locale());
    }

    public String themeName(Long themeId) {
        return Optional.ofNullable(themeId).map(allThemes::get).map(t -> t.name(locale())).orElse(null);
    }

    public int getPage() {
        return page;
    }

    public boolean isPreviousPage() {
        return page > 1;
    }

    public boolean isNextPage() {
        return (long) page * PAGE_SIZE < total;
    }

    /** The query string of another page of the same list. */
    public String pageQuery(int target) {
        StringBuilder query = new StringBuilder("?pagina=").append(target);
        if (theme != null) {
            query.append("&thema=").append(theme.code());
        }
        return query.toString();
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
