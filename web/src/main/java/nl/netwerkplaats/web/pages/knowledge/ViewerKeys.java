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
    private final byte[] secret = new byte[32];

    @Inject
    private HttpServletRequest request;

    public ViewerKeys() {
        new SecureRandom().nextBytes(secret);
    }

    public LocalDate today() {
        return LocalDate.now(DUTCH_TIME);
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
