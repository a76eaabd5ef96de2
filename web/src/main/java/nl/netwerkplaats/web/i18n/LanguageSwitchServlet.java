package nl.netwerkplaats.web.i18n;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /taal?lang=en&terug=/kennisbank/} stores the language in a cookie and returns to the page the visitor came
 * from. Only paths inside this application are followed, so the switch cannot send anyone elsewhere.
 */
@WebServlet("/taal")
public class LanguageSwitchServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Languages.supported(request.getParameter("lang")).ifPresent(locale -> {
            Cookie cookie = new Cookie(Languages.COOKIE, locale.getLanguage());
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setMaxAge(ONE_YEAR);
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        });
        response.sendRedirect(request.getContextPath() + safeReturnPath(request.getParameter("terug")));
    }

    static String safeReturnPath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.chars().anyMatch(c -> c < 0x20)) {
            return "/";
        }
        return path;
    }
}
