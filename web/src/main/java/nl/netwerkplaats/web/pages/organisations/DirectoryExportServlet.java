package nl.netwerkplaats.web.pages.organisations;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.netwerkplaats.kernel.reference.Municipality;
import nl.netwerkplaats.kernel.reference.ReferenceData;
import nl.netwerkplaats.network.api.Directory;
import nl.netwerkplaats.network.api.DirectoryHit;
import nl.netwerkplaats.network.api.DirectoryQuery;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeView;
import nl.netwerkplaats.web.i18n.Languages;
import nl.netwerkplaats.web.i18n.Messages;

/**
 * The current sociale-kaart search as CSV (semicolon-separated, UTF-8 with BOM, so Excel in Dutch opens it well),
 * with the same public fields as the page. web.xml limits /coordinatie/* to coordinators and administrators.
 */
@WebServlet("/coordinatie/kaart.csv")
public class DirectoryExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Directory directory;

    @Inject
    private ThemeCatalog themes;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DirectoryQuery query = DirectoryParameters.from(request::getParameter).query(0);
        List<DirectoryHit> hits = directory.organisations(query).hits();
        List<ThemeView> allThemes = themes.allThemes();
        Locale locale = Languages.of(request);
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, locale);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"sociale-kaart.csv\"");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.print('\uFEFF');
        out.print(texts.getString("map.export.header") + "\r\n");
        for (DirectoryHit h : hits) {
            out.print(String.join(";", List.of(Long.toString(h.id()), cell(h.name()),
                    cell(texts.getString("enum.OrganisationKind." + h.kind().name())),
                    texts.getString(h.verified() ? "map.export.yes" : "map.export.no"),
                    cell(h.municipalityCodes().stream().map(c -> ReferenceData.get().municipality(c)
                            .map(Municipality::name).orElse(c)).collect(Collectors.joining(", "))),
                    cell(h.themeIds().stream().map(id -> allThemes.stream().filter(t -> t.id() == id)
                            .map(t -> t.name(locale)).findFirst().orElse("")).collect(Collectors.joining(", "))),
                    cell(h.offers()), cell(h.needs()), cell(h.website()))));
            out.print("\r\n");
        }
    }

    /** Quotes every text cell, and defuses cells a spreadsheet would run as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
