package nl.netwerkplaats.web.i18n;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

/** Dutch first, English second. The choice lives in a cookie so that public pages need no session. */
public final class Languages {

    public static final Locale DEFAULT = Locale.forLanguageTag("nl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final String COOKIE = "nwp-taal";

    private Languages() {
    }

    /** The supported locale for a language code, or empty when we do not speak it. */
    public static java.util.Optional<Locale> supported(String code) {
        if ("nl".equals(code)) {
            return java.util.Optional.of(DEFAULT);
        }
        if ("en".equals(code)) {
            return java.util.Optional.of(ENGLISH);
        }
        return java.util.Optional.empty();
    }

    public static Locale of(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (COOKIE.equals(cookie.getName())) {
                    return supported(cookie.getValue()).orElse(DEFAULT);
                }
            }
        }
        return DEFAULT;
    }
}
