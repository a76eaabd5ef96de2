package nl.netwerkplaats.web.pages.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.web.security.CurrentUser;

/** Downloads all data held about the signed-in person as JSON; web.xml limits /mijn/* to members. */
@WebServlet("/mijn/gegevens.json")
public class PersonalDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Accounts accounts;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!currentUser.isSignedIn()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        byte[] json = accounts.exportPersonalData(currentUser.id()).getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"mijn-gegevens-netwerkplaats.json\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(json.length);
        response.getOutputStream().write(json);
    }
}
