package nl.netwerkplaats.web.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.URLEncoder;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.netwerkplaats.knowledge.api.AttachmentContent;
import nl.netwerkplaats.knowledge.api.KnowledgeItems;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * Serves a knowledge item's attachment ({@code /kennisbank/bijlage/ID}) to whoever may see the item. Always as a
 * download, with the type that was detected from the content at upload and nosniff, so a file never runs as a page.
 */
@WebServlet("/kennisbank/bijlage/*")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private KnowledgeItems items;

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!path.matches("/\\d{1,18}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Optional<AttachmentContent> attachment = items.attachment(
                currentUser.isSignedIn() ? currentUser.id() : null, Long.parseLong(path.substring(1)));
        if (attachment.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = attachment.get().content();
        response.setContentType(attachment.get().mediaType());
        response.setContentLength(bytes.length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(attachment.get().fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(bytes);
    }
}
