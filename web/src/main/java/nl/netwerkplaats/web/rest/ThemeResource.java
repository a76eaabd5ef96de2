package nl.netwerkplaats.web.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeView;

/** The themes, public: they label everything else. */
@Path("themes")
@Produces(MediaType.APPLICATION_JSON)
public class ThemeResource {

    @Inject
    private ThemeCatalog themes;

    @GET
    public List<ThemeView> list(@QueryParam("includeRetired") boolean includeRetired) {
        return includeRetired ? themes.allThemes() : themes.activeThemes();
    }

    @GET
    @Path("{id}")
    public ThemeView one(@PathParam("id") long id) {
        return themes.find(id).orElseThrow(NotFoundException::new);
    }
}
