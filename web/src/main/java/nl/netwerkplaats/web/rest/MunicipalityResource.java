package nl.netwerkplaats.web.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.netwerkplaats.kernel.reference.Municipality;
import nl.netwerkplaats.kernel.reference.Province;
import nl.netwerkplaats.kernel.reference.ReferenceData;

/** Provinces and municipalities with their CBS codes, for forms and for other systems. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalityResource {

    @GET
    @Path("provinces")
    public List<Province> provinces() {
        return ReferenceData.get().provinces();
    }

    @GET
    @Path("municipalities")
    public List<Municipality> municipalities(@QueryParam("province") String province, @QueryParam("q") String q) {
        List<Municipality> found = ReferenceData.get().searchMunicipalities(q);
        return province == null || province.isBlank() ? found
                : found.stream().filter(m -> m.provinceCode().equals(province)).toList();
    }
}
