package nl.netwerkplaats.web.rest;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.netwerkplaats.network.api.ActionNotAllowedException;
import nl.netwerkplaats.network.api.MatchCandidate;
import nl.netwerkplaats.network.api.Support;
import nl.netwerkplaats.network.api.SupportRequestSummary;
import nl.netwerkplaats.network.api.UnknownSupportRequestException;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * The support marketplace, read-only. {@code GET /api/support/requests?q=&theme=&page=} lists open requests with
 * their public fields (no contact details). {@code GET /api/support/requests/{id}/matches?max=} ranks who could
 * help; it needs the session of a coordinator (or of the requester), and the service decides: 401 without a
 * session, 403 for anyone else, 404 for an unknown request.
 */
@Path("support")
@Produces(MediaType.APPLICATION_JSON)
public class SupportResource {

    static final int PAGE_SIZE = 50;

    @Inject
    private Support support;

    @Inject
    private CurrentUser currentUser;

    @GET
    @Path("requests")
    public List<SupportRequestSummary> requests(@QueryParam("q") String text, @QueryParam("theme") Long theme,
                                                @QueryParam("page") @DefaultValue("1") int page) {
        int from = (Math.max(1, Math.min(page, 10_000)) - 1) * PAGE_SIZE;
        return support.requests(text, theme, null, true, null, from, PAGE_SIZE);
    }

    @GET
    @Path("requests/{id}/matches")
    public List<MatchCandidate> matches(@PathParam("id") long id, @QueryParam("max") @DefaultValue("20") int max) {
        if (!currentUser.isSignedIn()) {
            throw new NotAuthorizedException(Response.status(Response.Status.UNAUTHORIZED)
                    .type(MediaType.APPLICATION_JSON).entity(Map.of("error", "sign in first")).build());
        }
        try {
            return support.matches(currentUser.id(), id, Math.max(1, Math.min(max, 100)));
        } catch (UnknownSupportRequestException e) {
            throw new NotFoundException(Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "no such request")).build());
        } catch (ActionNotAllowedException e) {
            throw new ForbiddenException(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON)
                    .entity(Map.of("error", "coordinators only")).build());
        }
    }
}
