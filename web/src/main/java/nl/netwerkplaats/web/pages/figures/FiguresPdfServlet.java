package nl.netwerkplaats.web.pages.figures;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import nl.netwerkplaats.kernel.figures.FigureFilter;
import nl.netwerkplaats.kernel.reference.Province;
import nl.netwerkplaats.kernel.reference.ReferenceData;

/**
 * A one-page summary of the overview for a provincial report, with the same parameters as the page. OpenPDF, which
 * the web module already uses for the gatherings' sign-in sheets: one PDF library in the WAR instead of two. Every
 * table is capped so the page never runs over; the full numbers are in the CSV downloads.
 */
@WebServlet("/coordinatie/cijfers.pdf")
public class FiguresPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final int MAX_ROWS = 12;
    static final int GRID_ROWS = 8;

    @Inject
    private FigureDownloads downloads;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        FigureDownloads.Download download = downloads.of(request);
        FigureTables tables = download.tables();
        FigureFilter filter = download.parameters().filter();
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"netwerk-in-cijfers-" + filter.from() + "-"
                + filter.to() + ".pdf\"");
        response.setHeader("Cache-Control", "no-store");
        Document document = new Document(PageSize.A4, 30, 30, 30, 30);
        try {
            PdfWriter.getInstance(document, response.getOutputStream());
            document.addTitle(tables.text("figures.pdf.title"));
            document.open();
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
            Font normal = FontFactory.getFont(FontFactory.HELVETICA, 8);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
            Font big = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
            document.add(new Paragraph(tables.text("figures.pdf.title"), heading));
            DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(download.locale());
            String area = filter.provinceCode() == null ? tables.text("figures.filter.allProvinces")
                    : ReferenceData.get().province(filter.provinceCode()).map(Province::name).orElse("");
            String theme = filter.themeId() == null ? tables.text("figures.filter.allThemes")
                    : tables.themeName(filter.themeId());
            document.add(new Paragraph(date.format(filter.from()) + " – " + date.format(filter.to()) + " · " + area
                    + " · " + theme, normal));
            document.add(new Paragraph(" ", normal));

            PdfPTable keys = new PdfPTable(5);
            keys.setWidthPercentage(100);
            for (FigureTables.KeyFigure k : tables.keyFigures()) {
                PdfPCell cell = new PdfPCell();
                cell.addElement(new Phrase(k.value(), big));
                cell.addElement(new Phrase(k.label(), normal));
                cell.setPadding(4);
                cell.setBorderColor(java.awt.Color.LIGHT_GRAY);
                keys.addCell(cell);
            }
            document.add(keys);

            FigureTable growth = tables.byId("groei").orElseThrow();
            document.add(table(growth, lastRows(growth), normal, bold, 100));

            PdfPTable grid = new PdfPTable(2);
            grid.setWidthPercentage(100);
            grid.setSpacingBefore(6);
            for (String id : List.of("gemeenten", "aanwezigheid", "bijeenkomsten", "oogst", "kennis-type",
                    "kennis-thema", "steun-trechter", "leervragen")) {
                FigureTable t = tables.byId(id).orElseThrow();
                PdfPCell cell = new PdfPCell(table(t, t.rows().subList(0, Math.min(GRID_ROWS, t.rows().size())),
                        normal, bold, 100));
                cell.setBorder(Rectangle.NO_BORDER);
                cell.setPadding(3);
                grid.addCell(cell);
            }
            document.add(grid);
            document.add(new Paragraph(tables.text("figures.pdf.footer"), normal));
        } catch (DocumentException e) {
            throw new IOException("Could not write the summary", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
    }

    /** The last months only, when the period is longer than the page has room for. */
    private static List<FigureTable.Row> lastRows(FigureTable t) {
        int size = t.rows().size();
        return t.rows().subList(Math.max(0, size - MAX_ROWS), size);
    }

    private static PdfPTable table(FigureTable t, List<FigureTable.Row> rows, Font normal, Font bold, float width)
            throws DocumentException {
        int columns = t.columns().size();
        float[] widths = new float[columns];
        widths[0] = columns > 3 ? 2.2f : 3f;
        for (int i = 1; i < columns; i++) {
            widths[i] = 1.3f;
        }
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(width);
        table.setSpacingBefore(6);
        PdfPCell title = new PdfPCell(new Phrase(t.title(), bold));
        title.setColspan(columns);
        title.setBorder(Rectangle.NO_BORDER);
        title.setPaddingBottom(3);
        table.addCell(title);
        for (int i = 0; i < columns; i++) {
            table.addCell(cell(t.columns().get(i), bold, i > 0));
        }
        for (FigureTable.Row r : rows) {
            table.addCell(cell(r.label(), normal, false));
            for (Long v : r.values()) {
                table.addCell(cell(Long.toString(v), normal, true));
            }
        }
        if (rows.size() < t.rows().size()) {
            PdfPCell more = new PdfPCell(new Phrase("…", normal));
            more.setColspan(columns);
            more.setBorder(Rectangle.NO_BORDER);
            table.addCell(more);
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font, boolean number) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setPadding(2);
        cell.setBorderColor(java.awt.Color.LIGHT_GRAY);
        if (number) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }
}
