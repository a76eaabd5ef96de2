package nl.netwerkplaats.web.media;

import java.io.IOException;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.netwerkplaats.network.api.Audience;
import nl.netwerkplaats.network.api.Organisations;
import nl.netwerkplaats.network.api.PictureData;
import nl.netwerkplaats.network.api.Profiles;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * Serves photos ({@code /beeld/persoon/ID}) only to whom the person opened their photo, and logos
 * ({@code /beeld/organisatie/ID}) to everyone. The type was checked on upload; nosniff keeps browsers to it.
 */
@WebServlet("/beeld/*")
public class PictureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private Profiles profiles;

    @Inject
    private Organisations organisations;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] parts = request.getPathInfo() == null ? new String[0] : request.getPathInfo().split("/");
        if (parts.length != 3 || !parts[2].matches("\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(parts[2]);
        Optional<PictureData> picture = switch (parts[1]) {
            case "persoon" -> photo(id);
            case "organisatie" -> organisations.logo(id);
            default -> Optional.empty();
        };
        if (picture.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = picture.get().bytes();
        response.setContentType(picture.get().contentType());
        response.setContentLength(bytes.length);
        response.setHeader("Cache-Control", parts[1].equals("persoon") ? "private, no-store" : "public, max-age=300");
        response.getOutputStream().write(bytes);
    }

    private Optional<PictureData> photo(long personId) {
        if (currentUser.isSignedIn() && currentUser.id() == personId) {
            return profiles.ownPhoto(personId);
        }
        return profiles.photo(personId, currentUser.isSignedIn() ? Audience.MEMBERS : Audience.VISITORS);
    }
}
