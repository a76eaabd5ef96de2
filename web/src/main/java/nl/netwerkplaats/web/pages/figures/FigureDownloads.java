package nl.netwerkplaats.web.pages.figures;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import nl.netwerkplaats.kernel.figures.FigureFilter;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeView;
import nl.netwerkplaats.web.i18n.Languages;

/** The figures of a download request: the same parameters, and so the same numbers, as the page. */
@ApplicationScoped
public class FigureDownloads {

    @Inject
    private OverviewAssembler assembler;

    @Inject
    private ThemeCatalog themes;

    public record Download(FigureParameters parameters, FigureTables tables, Locale locale) {
    }

    public Download of(HttpServletRequest request) {
        LocalDate today = LocalDate.now(FigureFilter.ZONE);
        List<ThemeView> allThemes = themes.allThemes();
        FigureParameters parameters = FigureParameters.from(request::getParameter, today)
                .withKnownTheme(id -> allThemes.stream().anyMatch(t -> t.id() == id));
        Locale locale = Languages.of(request);
        FigureTables tables = new FigureTables(assembler.assemble(parameters.filter(), today), locale,
                id -> themeName(allThemes, id, locale));
        return new Download(parameters, tables, locale);
    }

    static String themeName(List<ThemeView> allThemes, long id, Locale locale) {
        return allThemes.stream().filter(t -> t.id() == id).findFirst().map(t -> t.name(locale))
                .orElse(Long.toString(id));
    }
}
