package nl.netwerkplaats.web.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.netwerkplaats.kernel.reference.ReferenceData;
import nl.netwerkplaats.network.api.Directory;
import nl.netwerkplaats.network.api.DirectoryHit;
import nl.netwerkplaats.network.api.DirectoryQuery;
import nl.netwerkplaats.network.api.DirectoryResult;
import nl.netwerkplaats.network.api.OrganisationKind;

/** The sociale kaart's organisations as JSON: only public fields, one page of {@link Directory#PAGE_SIZE}. */
@Path("organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    private Directory directory;

    public record Page(long total, int page, int pageSize, List<DirectoryHit> organisations) {
    }

    @GET
    public Page search(@QueryParam("q") String text, @QueryParam("theme") Long theme,
                       @QueryParam("municipality") String municipality, @QueryParam("kind") String kind,
                       @QueryParam("province") String province, @QueryParam("page") Integer page) {
        if (municipality != null && ReferenceData.get().municipality(municipality).isEmpty()) {
            throw new BadRequestException("Unknown municipality code: use a four-digit CBS code");
        }
        if (province != null && ReferenceData.get().province(province).isEmpty()) {
            throw new BadRequestException("Unknown province code, e.g. PV23");
        }
        OrganisationKind kindValue;
        try {
            kindValue = kind == null ? null : OrganisationKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown kind");
        }
        if (text != null && text.length() > 200) {
            throw new BadRequestException("The search text is longer than 200 characters");
        }
        int pageNumber = page == null || page < 1 ? 1 : Math.min(page, 10_000);
        DirectoryResult result = directory.organisations(new DirectoryQuery(text, kindValue, theme, municipality,
                province, pageNumber, Directory.PAGE_SIZE));
        return new Page(result.total(), pageNumber, Directory.PAGE_SIZE, result.hits());
    }
}
