package nl.netwerkplaats.web.rest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import nl.netwerkplaats.events.api.ImportNotAllowedException;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.ReportImports;
import nl.netwerkplaats.web.i18n.Messages;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * {@code POST /api/imports/report} with a plain-text report returns the importer's proposal as JSON (gathering,
 * rounds, tables, items with type, text, table and round, participants, the unrecognised lines and every line with
 * its role) and saves nothing. For organisers and coordinators, with their session: 401 without one, 403 for anyone
 * else.
 *
 * <p>Cross-site forgery: {@code text/plain} is one of the types a form on another site may post, with the session
 * cookie. So the request must carry the header {@value #CSRF_HEADER} (any value), which such a form cannot set and
 * which makes a browser's cross-site script ask first (CORS preflight, which nothing here approves); an
 * {@code Origin} header, when sent, must be this server's. Without them: 403 {@code CSRF}.
 *
 * <p>Size: at most {@link ReportImports#MAX_CHARS} characters (413 {@code TOO_LONG} with the limit in the message);
 * the body is read only that far. UTF-8 unless the content type names another charset; bad bytes become U+FFFD.
 */
@Path("imports")
public class ReportImportResource {

    static final String CSRF_HEADER = "X-Requested-By";
    /** UTF-8 takes at most 4 bytes a character. */
    static final int MAX_BYTES = ReportImports.MAX_CHARS * 4;
    /** Past this, a too long upload is not read to its end either. */
    static final long DISCARD_LIMIT = 16L * 1024 * 1024;

    /** Every error has a code a program can act on, and a message in the asker's language. */
    public record Problem(String error, String message) {
    }

    @Inject
    private ReportImports imports;

    @Inject
    private CurrentUser currentUser;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @POST
    @Path("report")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public Response propose(InputStream body, @HeaderParam(CSRF_HEADER) String requestedBy,
                            @HeaderParam("Origin") String origin) throws IOException {
        if (!currentUser.isSignedIn()) {
            return problem(Response.Status.UNAUTHORIZED, "SIGN_IN", "import.api.signIn");
        }
        if (requestedBy == null || requestedBy.isBlank() || !sameOrigin(origin)) {
            return problem(Response.Status.FORBIDDEN, "CSRF", "import.api.csrf", CSRF_HEADER);
        }
        long actor = currentUser.id();
        if (!imports.mayImport(actor)) {
            return problem(Response.Status.FORBIDDEN, "NOT_ALLOWED", "import.api.notAllowed");
        }
        String declaredLength = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declaredLength != null && declaredLength.chars().allMatch(Character::isDigit)
                && declaredLength.length() < 19 && Long.parseLong(declaredLength) > MAX_BYTES) {
            discard(body);
            return tooLong();
        }
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            discard(body);
            return tooLong();
        }
        String text = decode(bytes, charset());
        try {
            return Response.ok(imports.propose(actor, text), MediaType.APPLICATION_JSON_TYPE).build();
        } catch (ImportNotAllowedException e) {
            return problem(Response.Status.FORBIDDEN, "NOT_ALLOWED", "import.api.notAllowed");
        } catch (InvalidInputException e) {
            return e.problem() == InvalidInputException.Problem.TOO_LONG ? tooLong()
                    : problem(Response.Status.BAD_REQUEST, e.problem().name(), "import.api.empty");
        }
    }

    /**
     * Reads and drops what the client is still sending (up to a limit), so it gets to read the 413 instead of
     * waiting on a connection nobody reads; nothing of it is kept.
     */
    private static void discard(InputStream body) throws IOException {
        if (body == null) {
            return;
        }
        byte[] buffer = new byte[64 * 1024];
        long left = DISCARD_LIMIT;
        int n;
        while (left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
            left -= n;
        }
    }

    private Response tooLong() {
        return problem(Response.Status.REQUEST_ENTITY_TOO_LARGE, "TOO_LONG", "import.api.tooLong",
                ReportImports.MAX_CHARS);
    }

    private boolean sameOrigin(String origin) {
        if (origin == null || origin.isBlank()) {
            return true;
        }
        try {
            URI from = URI.create(origin.strip());
            URI self = uri.getBaseUri();
            return from.getHost() != null && from.getHost().equalsIgnoreCase(self.getHost())
                    && port(from) == port(self) && from.getScheme().equalsIgnoreCase(self.getScheme());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI u) {
        return u.getPort() != -1 ? u.getPort() : "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
    }

    private Charset charset() {
        MediaType type = headers.getMediaType();
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name != null) {
            try {
                return Charset.forName(name);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                return StandardCharsets.UTF_8;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static String decode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private Response problem(Response.Status status, String error, String key, Object... arguments) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Problem(error, text(key, arguments))).build();
    }

    private Locale locale() {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return !accepted.isEmpty() && "en".equals(accepted.get(0).getLanguage()) ? Locale.ENGLISH
                : Locale.forLanguageTag("nl");
    }

    private String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale());
        return new MessageFormat(bundle.getString(key), locale()).format(arguments);
    }
}
