package nl.netwerkplaats.web.pages.organisations;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
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
import nl.netwerkplaats.network.api.OrganisationKind;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeView;

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
        DirectoryQuery query = new DirectoryQuery(request.getParameter("q"), kind(request.getParameter("soort")),
                number(request.getParameter("thema")),
                valid(request.getParameter("gemeente"), ReferenceData.get().municipality(request.getParameter("gemeente")).isPresent()),
                valid(request.getParameter("provincie"), ReferenceData.get().province(request.getParameter("provincie")).isPresent()),
                1, 0);
        List<DirectoryHit> hits = directory.organisations(query).hits();
        List<ThemeView> allThemes = themes.allThemes();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"sociale-kaart.csv\"");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.print('\uFEFF');
        out.print("id;naam;soort;geverifieerd;gemeenten;thema's;aanbod;vraag;website\r\n");
        for (DirectoryHit h : hits) {
            out.print(String.join(";", List.of(Long.toString(h.id()), cell(h.name()), h.kind().name(),
                    h.verified() ? "ja" : "nee",
                    cell(h.municipalityCodes().stream().map(c -> ReferenceData.get().municipality(c)
                            .map(Municipality::name).orElse(c)).collect(Collectors.joining(", "))),
                    cell(h.themeIds().stream().map(id -> allThemes.stream().filter(t -> t.id() == id)
                            .map(ThemeView::nameNl).findFirst().orElse("")).collect(Collectors.joining(", "))),
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

    private static String valid(String value, boolean ok) {
        return ok ? value : null;
    }

    private static OrganisationKind kind(String value) {
        try {
            return value == null ? null : OrganisationKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
