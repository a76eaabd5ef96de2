package nl.netwerkplaats.web.pages;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Gives every error page a short id and writes the same id to the log, with the exception for server errors, so
 * that a person can quote the id and an administrator can find what happened. The page shows no technical detail.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private HttpServletRequest request;

    private String errorId;

    @PostConstruct
    void register() {
        byte[] bytes = new byte[5];
        RANDOM.nextBytes(bytes);
        errorId = HexFormat.of().formatHex(bytes).toUpperCase(java.util.Locale.ROOT);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String line = "Error " + errorId + ": status " + status + " for " + uri;
        if (exception != null) {
            LOG.log(Level.SEVERE, line, exception);
        } else {
            LOG.info(line);
        }
    }

    public String getErrorId() {
        return errorId;
    }
}
