package nl.netwerkplaats.web.pages.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.kernel.figures.FigureFilter;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeView;

/**
 * The overview for coordinators (and administrators): the network in figures for a period, province and theme.
 * A GET form and links only, so a view is an address that can be shared; web.xml keeps /coordinatie/* to
 * coordinators and administrators.
 */
@Named
@RequestScoped
public class FiguresPage {

    @Inject
    private OverviewAssembler assembler;

    @Inject
    private ThemeCatalog themes;

    private FigureParameters parameters;
    private FigureTables tables;
    private List<FigureTable> all;

    @PostConstruct
    void load() {
        Map<String, String> query = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        LocalDate today = LocalDate.now(FigureFilter.ZONE);
        List<ThemeView> allThemes = themes.allThemes();
        parameters = FigureParameters.from(query::get, today)
                .withKnownTheme(id -> allThemes.stream().anyMatch(t -> t.id() == id));
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        tables = new FigureTables(assembler.assemble(parameters.filter(), today), locale,
                id -> allThemes.stream().filter(t -> t.id() == id).findFirst().map(t -> t.name(locale))
                        .orElse(Long.toString(id)));
        all = tables.all();
    }

    public FigureFilter getFilter() {
        return parameters.filter();
    }

    public List<String> getProblems() {
        return parameters.problems().stream().map(tables::text).toList();
    }

    public String getQuery() {
        return parameters.query();
    }

    public List<FigureTables.KeyFigure> getKeyFigures() {
        return tables.keyFigures();
    }

    public List<FigureTable> getTables() {
        return all;
    }

    public List<FigureTables.Place> getMissing() {
        return tables.missingMunicipalities();
    }

    public String chart(FigureTable table) {
        return ChartJson.of(table);
    }
}
