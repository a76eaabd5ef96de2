package nl.netwerkplaats.web.pages.figures;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The numbers behind one chart of the overview as CSV ({@code ?tabel=groei&van=…&tot=…&provincie=…&thema=…}):
 * semicolon-separated, UTF-8 with BOM for Excel in Dutch, every text cell quoted and defused against formulas.
 * web.xml keeps /coordinatie/* to coordinators and administrators.
 */
@WebServlet("/coordinatie/cijfers.csv")
public class FiguresCsvServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private FigureDownloads downloads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FigureDownloads.Download download = downloads.of(request);
        String id = request.getParameter("tabel");
        Optional<FigureTable> table = id == null ? Optional.empty() : download.tables().byId(id);
        if (table.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"netwerk-in-cijfers-" + table.get().id()
                + "-" + download.parameters().filter().from() + "-" + download.parameters().filter().to() + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        PrintWriter out = response.getWriter();
        out.print('\uFEFF');
        out.print(csv(table.get()));
    }

    static String csv(FigureTable table) {
        StringBuilder out = new StringBuilder();
        out.append(String.join(";", table.columns().stream().map(FiguresCsvServlet::cell).toList())).append("\r\n");
        for (FigureTable.Row row : table.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(cell(row.label()));
            row.values().forEach(v -> cells.add(Long.toString(v)));
            out.append(String.join(";", cells)).append("\r\n");
        }
        return out.toString();
    }

    /** Quotes a text cell and defuses one a spreadsheet would run as a formula (= + - @, tab, return). */
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
