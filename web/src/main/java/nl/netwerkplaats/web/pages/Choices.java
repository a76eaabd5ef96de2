package nl.netwerkplaats.web.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.kernel.reference.Municipality;
import nl.netwerkplaats.kernel.reference.Province;
import nl.netwerkplaats.kernel.reference.ReferenceData;
import nl.netwerkplaats.network.api.Audience;
import nl.netwerkplaats.network.api.MemberRole;
import nl.netwerkplaats.network.api.NetworkRole;
import nl.netwerkplaats.network.api.OrganisationKind;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeView;
import nl.netwerkplaats.web.i18n.Messages;

/** The option lists that forms share, labelled in the visitor's language. */
@Named
@RequestScoped
public class Choices {

    @Inject
    private ThemeCatalog themes;

    @Inject
    private Messages messages;

    private List<ThemeView> activeThemes;

    /** Municipalities grouped by province, for a native select with optgroups. */
    public List<SelectItem> getMunicipalities() {
        List<SelectItem> groups = new ArrayList<>();
        for (Province province : ReferenceData.get().provinces()) {
            SelectItem[] items = ReferenceData.get().municipalitiesIn(province.code()).stream()
                    .map(m -> new SelectItem(m.cbsCode(), m.name())).toArray(SelectItem[]::new);
            groups.add(new SelectItemGroup(province.name(), null, false, items));
        }
        return groups;
    }

    public List<Province> getProvinces() {
        return ReferenceData.get().provinces();
    }

    public String municipalityName(String code) {
        return code == null ? "" : ReferenceData.get().municipality(code).map(Municipality::name).orElse(code);
    }

    public String provinceName(String code) {
        return code == null ? "" : ReferenceData.get().province(code).map(Province::name).orElse(code);
    }

    public List<ThemeView> getThemes() {
        if (activeThemes == null) {
            activeThemes = themes.activeThemes();
        }
        return activeThemes;
    }

    public String themeName(Long id) {
        if (id == null) {
            return "";
        }
        return themes.allThemes().stream().filter(t -> t.id() == id).findFirst()
                .map(t -> t.name(locale())).orElse("");
    }

    public List<NetworkRole> getNetworkRoles() {
        return Arrays.asList(NetworkRole.values());
    }

    public List<OrganisationKind> getKinds() {
        return Arrays.asList(OrganisationKind.values());
    }

    public List<Audience> getAudiences() {
        return Arrays.asList(Audience.values());
    }

    public List<MemberRole> getMemberRoles() {
        return Arrays.asList(MemberRole.values());
    }

    /** A moment as Dutch readers write it, in Dutch time: 22-11-2026 16:45. */
    public String dateTime(java.time.Instant moment) {
        return moment == null ? "" : java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy HH:mm")
                .withZone(java.time.ZoneId.of("Europe/Amsterdam")).format(moment);
    }

    /** The bundle label of an enum constant: {@code enum.OrganisationKind.FUND}. */
    public String label(Enum<?> value) {
        return value == null ? "" : messages.get("enum." + value.getDeclaringClass().getSimpleName() + "."
                + value.name());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
