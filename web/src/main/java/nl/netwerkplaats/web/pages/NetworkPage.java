package nl.netwerkplaats.web.pages;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import nl.netwerkplaats.kernel.reference.Municipality;
import nl.netwerkplaats.kernel.reference.Province;
import nl.netwerkplaats.kernel.reference.ReferenceData;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeView;

/** The network area: the themes it works on and the municipalities it spans, by province. */
@Named
@RequestScoped
public class NetworkPage {

    @Inject
    private ThemeCatalog themes;

    @Inject
    @Param(name = "provincie")
    private String provinceCode;

    private List<ThemeView> activeThemes;

    @PostConstruct
    void load() {
        activeThemes = themes.activeThemes();
        if (ReferenceData.get().province(provinceCode).isEmpty()) {
            provinceCode = null;
        }
    }

    public List<ThemeView> getThemes() {
        return activeThemes;
    }

    public List<Province> getProvinces() {
        return ReferenceData.get().provinces();
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getProvinceName() {
        return ReferenceData.get().province(provinceCode).map(Province::name).orElse(null);
    }

    public List<Municipality> getMunicipalities() {
        return provinceCode == null ? List.of() : ReferenceData.get().municipalitiesIn(provinceCode);
    }

    public int getMunicipalityCount() {
        return ReferenceData.get().municipalities().size();
    }
}
