package nl.netwerkplaats.web.pages;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import nl.netwerkplaats.kernel.logging.RequestId;
import nl.netwerkplaats.web.config.RequestIdFilter;

/**
 * Gives every error page a short id and writes the same id to the log, with the exception for server errors, so
 * that a person can quote the id and an administrator can find what happened. The page shows no technical detail.
 */
@Named
@RequestScoped
public class ErrorPage {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    @Inject
    private HttpServletRequest request;

    private String errorId;

    @PostConstruct
    void register() {
        // The request's id, which the response header and every log line of this request carry too.
        // (An error page may be rendered after the filter let go of the request, so it is read from the request.)
        Object id = request.getAttribute(RequestIdFilter.HEADER);
        errorId = id instanceof String known ? known : RequestId.accept(null);
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Throwable exception = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String line = "[request " + errorId + "] Error " + errorId + ": status " + status + " for " + uri;
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
