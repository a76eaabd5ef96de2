package nl.netwerkplaats.web.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.netwerkplaats.knowledge.api.KnowledgeBank;
import nl.netwerkplaats.knowledge.api.KnowledgeSummary;

@Path("knowledge")
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeResource {

    @Inject
    private KnowledgeBank bank;

    @GET
    public List<KnowledgeSummary> latest(@QueryParam("limit") @DefaultValue("50") int limit) {
        return bank.latest(limit);
    }
}
