package nl.netwerkplaats.web.rest;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.netwerkplaats.network.api.DomainContactView;
import nl.netwerkplaats.network.api.InputRejectedException;
import nl.netwerkplaats.network.api.Loket;

/**
 * The loket, public: who at a municipality owns a theme. {@code GET /api/loket?municipality=GM0150&theme=6&page=1}
 * ({@code 0150} works too); both filters are optional. An unknown municipality or theme is a 400 with a reason.
 */
@Path("loket")
@Produces(MediaType.APPLICATION_JSON)
public class LoketResource {

    static final int PAGE_SIZE = 100;

    /** The public fields of a loket entry; the municipality and theme are named as well as coded. */
    public record Contact(String municipalityCode, String municipality, long themeId, String theme, String themeEn,
                          String name, String role, String department, String email, String phone) {

        static Contact of(DomainContactView v) {
            return new Contact(v.municipalityCode(), v.municipalityName(), v.themeId(), v.themeNameNl(),
                    v.themeNameEn(), v.name(), v.role(), v.department(), v.email(), v.phone());
        }
    }

    @Inject
    private Loket loket;

    @GET
    public List<Contact> search(@QueryParam("municipality") String municipality, @QueryParam("theme") Long theme,
                                @QueryParam("page") @DefaultValue("1") int page) {
        int from = (Math.max(1, Math.min(page, 10_000)) - 1) * PAGE_SIZE;
        try {
            return loket.search(municipality, theme, from, PAGE_SIZE).stream().map(Contact::of).toList();
        } catch (InputRejectedException e) {
            String reason = e.problem() == InputRejectedException.Problem.UNKNOWN_THEME
                    ? "unknown theme" : "unknown municipality";
            throw new BadRequestException(Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.APPLICATION_JSON).entity(Map.of("error", reason)).build());
        }
    }
}
