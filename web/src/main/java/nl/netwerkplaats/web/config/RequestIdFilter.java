package nl.netwerkplaats.web.config;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.netwerkplaats.kernel.logging.RequestId;

/**
 * Gives every request an id ({@code X-Request-Id}: the reverse proxy's when it sends a sane one, else a new one),
 * returns it in the response header and keeps it for log lines and the error page while the request is served.
 * <p>
 * While it serves the request (and its error page), the thread's name ends in {@code request=ID}. Payara's log
 * formats print the thread's name with every record, so every line written for the request carries the id: the
 * server's own, the libraries' and ours.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class RequestIdFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String HEADER = "X-Request-Id";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // The error page of a request is a second dispatch of the same request: it keeps the request's id.
        String id = request.getAttribute(HEADER) instanceof String known ? known
                : RequestId.accept(request.getHeader(HEADER));
        if (!response.isCommitted()) {
            response.setHeader(HEADER, id);
        }
        request.setAttribute(HEADER, id);
        RequestId.set(id);
        Thread thread = Thread.currentThread();
        String name = thread.getName();
        String suffix = " request=" + id;
        boolean rename = !name.endsWith(suffix);
        if (rename) {
            thread.setName(name + suffix);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (rename) {
                thread.setName(name);
            }
            RequestId.clear();
        }
    }
}
