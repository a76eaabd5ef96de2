package nl.netwerkplaats.web.pages.programme;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.netwerkplaats.events.api.NotOrganiserException;
import nl.netwerkplaats.events.api.ReportView;
import nl.netwerkplaats.events.api.Reports;
import nl.netwerkplaats.events.api.UnknownGatheringException;
import nl.netwerkplaats.web.i18n.Languages;
import nl.netwerkplaats.web.i18n.Messages;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * {@code /bijeenkomsten/verslag.pdf?id=}: the report as PDF. Published reports for everyone (the participant list
 * only for signed-in members, as on the page); before publication only organisers, as a preview.
 */
@WebServlet("/bijeenkomsten/verslag.pdf")
public class ReportPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Reports reports;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> id = OrganiserView.id(request.getParameter("id"));
        if (id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ReportView report;
        try {
            report = reports.report(currentUser.isSignedIn() ? currentUser.id() : null, id.get());
        } catch (UnknownGatheringException | NotOrganiserException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = Languages.of(request);
        byte[] pdf = ReportPdf.render(report, ResourceBundle.getBundle(Messages.BUNDLE, locale), locale);
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"verslag-" + id.get() + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
