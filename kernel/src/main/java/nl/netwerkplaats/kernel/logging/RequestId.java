package nl.netwerkplaats.kernel.logging;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The id of the HTTP request this thread serves, so that log lines, the error page and a reverse proxy's logs can
 * be matched up. The web layer sets it for each request (taking a proxy's {@code X-Request-Id} when it is sane) and
 * clears it afterwards; log lines written while serving the request start with {@link #tag()}.
 */
public final class RequestId {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private RequestId() {
    }

    /** The given id when it is 8-64 letters, digits, dots, dashes or underscores; otherwise a new random one. */
    public static String accept(String proposed) {
        if (proposed != null && SANE.matcher(proposed).matches()) {
            return proposed;
        }
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes).toUpperCase(Locale.ROOT);
    }

    public static void set(String id) {
        CURRENT.set(id);
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** The current request's id, or "-" outside a request (timers, start-up). */
    public static String current() {
        String id = CURRENT.get();
        return id == null ? "-" : id;
    }

    /** "[request ID] ", to start a log line with. */
    public static String tag() {
        return "[request " + current() + "] ";
    }
}
