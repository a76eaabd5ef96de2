package nl.netwerkplaats.web.config;

import java.io.IOException;

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
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestIdFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    public static final String HEADER = "X-Request-Id";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = RequestId.accept(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        request.setAttribute(HEADER, id);
        RequestId.set(id);
        try {
            chain.doFilter(request, response);
        } finally {
            RequestId.clear();
        }
    }
}
