package nl.netwerkplaats.web.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringSummary;

@Path("gatherings")
@Produces(MediaType.APPLICATION_JSON)
public class GatheringResource {

    @Inject
    private GatheringCalendar calendar;

    @GET
    public List<GatheringSummary> upcoming(@QueryParam("limit") @DefaultValue("50") int limit) {
        return calendar.upcoming(limit);
    }
}
