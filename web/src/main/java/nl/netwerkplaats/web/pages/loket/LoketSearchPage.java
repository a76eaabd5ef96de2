package nl.netwerkplaats.web.pages.loket;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import nl.netwerkplaats.kernel.reference.Municipality;
import nl.netwerkplaats.kernel.reference.Province;
import nl.netwerkplaats.kernel.reference.ReferenceData;
import nl.netwerkplaats.network.api.DomainContactView;
import nl.netwerkplaats.network.api.Loket;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeView;
import nl.netwerkplaats.web.i18n.Messages;

/**
 * The public loket: who at a municipality owns a theme. A plain GET form, so results have shareable URLs
 * ({@code ?gemeente=GM0150&thema=6}) and the page needs no session.
 */
@Named
@RequestScoped
public class LoketSearchPage {

    static final int PAGE_SIZE = 20;

    @Inject
    private Loket loket;

    @Inject
    private ThemeCatalog themes;

    @Inject
    private Messages messages;

    @Inject
    @Param(name = "provincie")
    private String provinceCode;

    @Inject
    @Param(name = "gemeente")
    private String municipalityParam;

    @Inject
    @Param(name = "thema")
    private String themeParam;

    @Inject
    @Param(name = "pagina")
    private String pageParam;

    private String municipalityCode;
    private Long themeId;
    private int page = 1;
    private String municipalityError;
    private String themeError;
    private List<ThemeView> themeChoices;
    private List<DomainContactView> results = List.of();
    private long total;

    @PostConstruct
    void search() {
        themeChoices = themes.activeThemes();
        if (ReferenceData.get().province(provinceCode).isEmpty()) {
            provinceCode = null;
        }
        if (municipalityParam != null && !municipalityParam.isBlank()) {
            municipalityCode = LoketOptions.knownCode(municipalityParam);
            if (municipalityCode == null) {
                municipalityError = messages.get("loket.search.unknownMunicipality");
            }
        }
        if (themeParam != null && !themeParam.isBlank()) {
            themeId = parseLong(themeParam);
            if (themeId == null || themes.find(themeId).isEmpty()) {
                themeId = null;
                themeError = messages.get("loket.search.unknownTheme");
            }
        }
        Long requestedPage = parseLong(pageParam);
        page = requestedPage == null || requestedPage < 1 ? 1 : (int) Math.min(requestedPage, 10_000);
        if (municipalityError != null || themeError != null) {
            return;
        }
        total = loket.count(municipalityCode, themeId);
        results = loket.search(municipalityCode, themeId, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    private static Long parseLong(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A province narrows the municipality list; the chosen municipality's own province is always offered. */
    public List<Province> getProvincesToList() {
        String own = municipalityCode == null ? null
                : ReferenceData.get().municipality(municipalityCode).map(Municipality::provinceCode).orElse(null);
        return ReferenceData.get().provinces().stream()
                .filter(p -> provinceCode == null || p.code().equals(provinceCode) || p.code().equals(own))
                .toList();
    }

    public List<Municipality> municipalitiesIn(String province) {
        return ReferenceData.get().municipalitiesIn(province);
    }

    public String code(Municipality municipality) {
        return LoketOptions.code(municipality);
    }

    /** The link to another page of these results. */
    public String pageLink(int targetPage) {
        StringBuilder query = new StringBuilder("?");
        if (provinceCode != null) {
            query.append("provincie=").append(provinceCode).append('&');
        }
        if (municipalityCode != null) {
            query.append("gemeente=").append(municipalityCode).append('&');
        }
        if (themeId != null) {
            query.append("thema=").append(themeId).append('&');
        }
        return query.append("pagina=").append(targetPage).toString();
    }

    public String themeName(DomainContactView contact) {
        return contact.themeName(locale());
    }

    public String getChosenMunicipalityName() {
        return municipalityCode == null ? null
                : ReferenceData.get().municipality(municipalityCode).map(Municipality::name).orElse(null);
    }

    public String getChosenThemeName() {
        return themeId == null ? null : themes.find(themeId).map(t -> t.name(locale())).orElse(null);
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    public List<Province> getProvinces() {
        return ReferenceData.get().provinces();
    }

    public List<ThemeView> getThemes() {
        return themeChoices;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public Long getThemeId() {
        return themeId;
    }

    public String getMunicipalityError() {
        return municipalityError;
    }

    public String getThemeError() {
        return themeError;
    }

    public List<DomainContactView> getResults() {
        return results;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public boolean isHasNext() {
        return (long) page * PAGE_SIZE < total;
    }

    public boolean isFiltered() {
        return municipalityCode != null || themeId != null;
    }
}
