package nl.netwerkplaats.web.pages.figures;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.kernel.figures.FigureFilter;
import nl.netwerkplaats.kernel.reference.ReferenceData;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeView;

/**
 * "Het netwerk in cijfers" for everyone: per year and optionally per province, totals and breakdowns by kind and
 * type only — nothing per municipality, per person or per role. Small numbers are suppressed: a count from 1 to
 * {@value #SUPPRESS_BELOW} − 1 shows as "fewer than {@value #SUPPRESS_BELOW}", so a lone sign-up in a small place
 * cannot be singled out. Stateless: a GET form, no session; the figures are at most a few minutes old
 * ({@link PublicFiguresCache}).
 */
@Named
@RequestScoped
public class PublicFiguresPage {

    public static final int SUPPRESS_BELOW = 5;

    @Inject
    private PublicFiguresCache cache;

    @Inject
    private ThemeCatalog themes;

    private int year;
    private String province;
    private FigureTables tables;
    private Overview overview;
    private Locale locale;
    private boolean badInput;

    @PostConstruct
    void load() {
        Map<String, String> query = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        LocalDate today = LocalDate.now(FigureFilter.ZONE);
        year = today.getYear();
        String asked = query.get("jaar");
        if (asked != null && !asked.isBlank()) {
            try {
                int y = Integer.parseInt(asked.trim());
                if (y >= 2000 && y <= today.getYear()) {
                    year = y;
                } else {
                    badInput = true;
                }
            } catch (NumberFormatException e) {
                badInput = true;
            }
        }
        province = query.get("provincie");
        if (province != null && (province.isBlank() || ReferenceData.get().province(province).isEmpty())) {
            badInput |= !province.isBlank();
            province = null;
        }
        LocalDate from = Year.of(year).atDay(1);
        LocalDate to = year == today.getYear() ? today : Year.of(year).atMonth(12).atEndOfMonth();
        locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        List<ThemeView> allThemes = themes.allThemes();
        overview = cache.overview(new FigureFilter(from, to, province, null), today);
        tables = new FigureTables(overview, locale, id -> FigureDownloads.themeName(allThemes, id, locale));
    }

    /** A number as published: suppressed when small but not zero. */
    public String shown(long count) {
        if (count > 0 && count < SUPPRESS_BELOW) {
            return tables.text("figures.public.fewer");
        }
        return NumberFormat.getIntegerInstance(locale).format(count);
    }

    public List<FigureTables.KeyFigure> getKeyFigures() {
        var g = overview.growth();
        List<FigureTables.KeyFigure> figures = new ArrayList<>();
        figures.add(new FigureTables.KeyFigure("people", tables.text("figures.key.people"), shown(g.peopleJoined())));
        figures.add(new FigureTables.KeyFigure("organisations", tables.text("figures.key.organisations"),
                shown(g.organisationsRegistered())));
        figures.add(new FigureTables.KeyFigure("gatherings", tables.text("figures.key.gatherings"),
                shown(overview.gatherings().held())));
        figures.add(new FigureTables.KeyFigure("present", tables.text("figures.key.present"),
                shown(overview.gatherings().attendance().present())));
        figures.add(new FigureTables.KeyFigure("knowledge", tables.text("figures.key.knowledge"),
                shown(overview.knowledge().published())));
        figures.add(new FigureTables.KeyFigure("requests", tables.text("figures.key.requests"),
                shown(overview.support().asked())));
        return figures;
    }

    public List<FigureTable> getTables() {
        return tables.published();
    }

    public int getYear() {
        return year;
    }

    public String getProvince() {
        return province;
    }

    public boolean isBadInput() {
        return badInput;
    }

    public List<Integer> getYears() {
        List<Integer> years = new ArrayList<>();
        for (int y = LocalDate.now(FigureFilter.ZONE).getYear(); y >= 2017; y--) {
            years.add(y);
        }
        return years;
    }

    public int getThreshold() {
        return SUPPRESS_BELOW;
    }
}
