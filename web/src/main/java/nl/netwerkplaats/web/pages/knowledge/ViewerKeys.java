package nl.netwerkplaats.web.pages.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who counts as "one reader" for the view counter: a signed-in member by account, a visitor by a hash of address,
 * browser and day with a secret that lives only in this server's memory, so the stored key cannot be traced
 * back to an address and changes every day.
 */
@ApplicationScoped
public class ViewerKeys {

    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final java.util.regex.Pattern ROBOTS = java.util.regex.Pattern.compile(
            "bot\\b|bot/|crawl|spider|slurp|facebookexternalhit|embedly|preview|monitor|uptime|pingdom|curl/|wget/"
                    + "|python-requests|python-urllib|java/|go-http-client|okhttp|apache-httpclient",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private final byte[] secret = new byte[32];

    @Inject
    private HttpServletRequest request;

    public ViewerKeys() {
        new SecureRandom().nextBytes(secret);
    }

    public LocalDate today() {
        return LocalDate.now(DUTCH_TIME);
    }

    /**
     * Search engines, link previews and monitoring announce themselves in their User-Agent; their visits are not
     * readers. A request without one is not counted either.
     */
    public boolean isRobot() {
        String agent = request.getHeader("User-Agent");
        return agent == null || agent.isBlank() || ROBOTS.matcher(agent).find();
    }

    public String of(Long accountId) {
        if (accountId != null) {
            return "a:" + accountId;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(secret);
            sha.update((request.getRemoteAddr() + "|" + request.getHeader("User-Agent") + "|" + today())
                    .getBytes(StandardCharsets.UTF_8));
            return "v:" + HexFormat.of().formatHex(sha.digest(), 0, 20);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
