package nl.netwerkplaats.web.pages.gatherings;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

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
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.NotOrganiserException;
import nl.netwerkplaats.events.api.RegistrationStatus;
import nl.netwerkplaats.events.api.RegistrationView;
import nl.netwerkplaats.events.api.Registrations;
import nl.netwerkplaats.web.i18n.Languages;
import nl.netwerkplaats.web.i18n.Messages;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * For organisers: the registrations as CSV (semicolon-separated, UTF-8 with BOM, formula cells defused), or a
 * printable sign-in sheet as PDF (confirmed people by name, a column to sign). web.xml limits
 * /bijeenkomsten/organisatie/* to members; the events service refuses anyone who does not organise.
 */
@WebServlet("/bijeenkomsten/organisatie/export")
public class RegistrationExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Registrations registrations;

    @Inject
    private GatheringCalendar calendar;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> id = GatheringPage.parsePositive(request.getParameter("id"));
        Optional<GatheringView> gathering = id.flatMap(g -> calendar.find(g, currentUser.id()));
        if (gathering.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<RegistrationView> all;
        try {
            all = registrations.registrations(currentUser.id(), id.get());
        } catch (NotOrganiserException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        ResourceBundle texts = ResourceBundle.getBundle(Messages.BUNDLE, Languages.of(request));
        response.setHeader("Cache-Control", "no-store");
        if ("pdf".equals(request.getParameter("format"))) {
            signInSheet(gathering.get(), all, texts, response);
        } else {
            csv(all, texts, response);
        }
    }

    private static void csv(List<RegistrationView> all, ResourceBundle texts, HttpServletResponse response)
            throws IOException {
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"aanmeldingen.csv\"");
        PrintWriter out = response.getWriter();
        out.print('\uFEFF');
        out.print(texts.getString("organise.export.header") + "\r\n");
        for (RegistrationView r : all) {
            out.print(String.join(";", List.of(cell(r.name()), cell(r.email()), cell(r.organisation()),
                    cell(texts.getString("participant.role." + r.role())),
                    cell(texts.getString("registration.export.status." + r.status())),
                    r.waitingPosition() == null ? "" : r.waitingPosition().toString(), cell(r.needs()),
                    texts.getString(r.listed() ? "map.export.yes" : "map.export.no"),
                    texts.getString(r.present() ? "map.export.yes" : "map.export.no"),
                    texts.getString(r.walkIn() ? "map.export.yes" : "map.export.no"), cell(r.code()))));
            out.print("\r\n");
        }
    }

    private static void signInSheet(GatheringView g, List<RegistrationView> all, ResourceBundle texts,
                                    HttpServletResponse response) throws IOException {
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"presentielijst.pdf\"");
        Document document = new Document(PageSize.A4, 36, 36, 42, 42);
        try {
            PdfWriter.getInstance(document, response.getOutputStream());
            document.addTitle(texts.getString("organise.export.pdf") + " – " + g.title());
            document.open();
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
            Font normal = FontFactory.getFont(FontFactory.HELVETICA, 10);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
            document.add(new Paragraph(g.title(), heading));
            document.add(new Paragraph(GatheringTimes.span(g.startsAt(), g.endsAt(),
                    texts.getLocale().getLanguage().equals("en") ? Locale.ENGLISH : Locale.forLanguageTag("nl"))
                    + (g.venueName() == null ? "" : " · " + g.venueName()), normal));
            document.add(new Paragraph(" "));
            PdfPTable table = new PdfPTable(new float[] {4, 4, 2, 4});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String key : List.of("registration.name", "registration.organisation", "registration.code",
                    "organise.export.signature")) {
                PdfPCell cell = new PdfPCell(new Phrase(texts.getString(key), bold));
                cell.setPadding(5);
                table.addCell(cell);
            }
            all.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED && r.name() != null)
                    .sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                    .forEach(r -> {
                        for (String value : new String[] {r.name(), r.organisation(), r.code(), ""}) {
                            PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, normal));
                            cell.setMinimumHeight(24);
                            cell.setPadding(5);
                            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
                            table.addCell(cell);
                        }
                    });
            document.add(table);
        } catch (DocumentException e) {
            throw new IOException("Could not write the sign-in sheet", e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
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
