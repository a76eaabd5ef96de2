package nl.netwerkplaats.web.rest;

import java.net.URI;
import java.text.MessageFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.netwerkplaats.events.api.AgendaQuery;
import nl.netwerkplaats.events.api.Audience;
import nl.netwerkplaats.events.api.Contributor;
import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringKind;
import nl.netwerkplaats.events.api.GatheringStatus;
import nl.netwerkplaats.events.api.GatheringSummary;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.ParticipantRole;
import nl.netwerkplaats.events.api.RegistrationOutcome;
import nl.netwerkplaats.events.api.RegistrationRefusedException;
import nl.netwerkplaats.events.api.RegistrationRequest;
import nl.netwerkplaats.events.api.Registrations;
import nl.netwerkplaats.events.api.UnknownGatheringException;
import nl.netwerkplaats.kernel.reference.Municipality;
import nl.netwerkplaats.kernel.reference.ReferenceData;
import nl.netwerkplaats.web.i18n.Messages;

/**
 * Public gatherings and registration as a guest. {@code GET /api/gatherings?from=2026-12-01&theme=3&municipality=GM0150},
 * {@code GET /api/gatherings/{id}}, {@code GET /api/gatherings/{id}.ics}, {@code GET /api/gatherings/feed.ics?theme=},
 * and {@code POST /api/gatherings/{id}/registrations} with JSON: the same rules as the form, and the guest confirms by
 * the e-mailed link (the answer never contains it). Only {@code application/json} is accepted, which a page on another
 * site cannot send without the browser asking first (CORS), so the POST cannot be forged from elsewhere.
 */
@Path("gatherings")
@Produces(MediaType.APPLICATION_JSON)
public class GatheringResource {

    static final MediaType CALENDAR = new MediaType("text", "calendar", "UTF-8");

    /** The public fields of a gathering. */
    public record PublicGathering(long id, String title, GatheringKind kind, List<String> goals, String description,
                                  OffsetDateTime startsAt, OffsetDateTime endsAt, String venueName,
                                  String venueAddress, String municipalityCode, String municipality,
                                  String onlineUrl, List<Long> organisationIds, List<Contributor> contributors,
                                  List<Long> themeIds, Integer capacity, Integer seatsLeft,
                                  OffsetDateTime registrationDeadline, Audience audience, GatheringStatus status,
                                  String url) {

        static PublicGathering of(GatheringView g, String url) {
            return new PublicGathering(g.id(), g.title(), g.kind(), g.goals(), g.description(), g.startsAt(),
                    g.endsAt(), g.venueName(), g.venueAddress(), g.municipalityCode(),
                    g.municipalityCode() == null ? null : ReferenceData.get().municipality(g.municipalityCode())
                            .map(Municipality::name).orElse(null),
                    g.onlineUrl(), g.organisationIds(),
                    g.contributors().stream().map(c -> new Contributor(c.kind(), null, c.name())).toList(),
                    g.themeIds(), g.capacity(), g.seatsLeft(), g.registrationDeadline(), g.audience(), g.status(),
                    url);
        }
    }

    /** What a guest sends; the same fields as the form. */
    public record RegistrationForm(String name, String email, String organisation, ParticipantRole role,
                                   String needs, Boolean listed, String language) {
    }

    /** The answer to a registration. */
    public record RegistrationAnswer(String status, String message) {
    }

    /** Every error has a code a program can act on, and a message in the asker's language. */
    public record Problem(String error, String field, String message) {
    }

    @Inject
    private GatheringCalendar calendar;

    @Inject
    private Registrations registrations;

    @Context
    private HttpHeaders headers;

    @GET
    public List<GatheringSummary> list(@QueryParam("from") String from, @QueryParam("theme") Long theme,
                                       @QueryParam("municipality") String municipality,
                                       @QueryParam("kind") String kind,
                                       @QueryParam("limit") @DefaultValue("50") int limit) {
        if (municipality != null && ReferenceData.get().municipality(municipality).isEmpty()) {
            throw badRequest("UNKNOWN_MUNICIPALITY", "municipality");
        }
        GatheringKind gatheringKind = null;
        if (kind != null) {
            try {
                gatheringKind = GatheringKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw badRequest("UNKNOWN_KIND", "kind");
            }
        }
        return calendar.agenda(new AgendaQuery(false, moment(from), null, theme, municipality, gatheringKind, 0,
                Math.max(1, Math.min(limit, 500))));
    }

    @GET
    @Path("{id: [0-9]+}")
    public PublicGathering one(@PathParam("id") long id) {
        return calendar.find(id, null).map(g -> PublicGathering.of(g, link(g.id()))).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{id: [0-9]+}.ics")
    @Produces("text/calendar")
    public Response entry(@PathParam("id") long id) {
        try {
            return Response.ok(calendar.calendarEntry(id), CALENDAR)
                    .header("Content-Disposition", "attachment; filename=\"bijeenkomst-" + id + ".ics\"").build();
        } catch (UnknownGatheringException e) {
            throw new NotFoundException();
        }
    }

    @GET
    @Path("feed.ics")
    @Produces("text/calendar")
    public Response feed(@QueryParam("theme") Long theme) {
        return Response.ok(calendar.calendarFeed(theme), CALENDAR).build();
    }

    @POST
    @Path("{id: [0-9]+}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@PathParam("id") long id, RegistrationForm form) {
        if (form == null) {
            throw badRequest("INVALID_INPUT", null);
        }
        String language = form.language() != null ? form.language() : locale().getLanguage();
        try {
            RegistrationOutcome outcome = registrations.register(id, RegistrationRequest.guest(form.name(),
                    form.email(), form.organisation(), form.role(), form.needs(), Boolean.TRUE.equals(form.listed()),
                    "en".equals(language) ? "en" : "nl"));
            return Response.accepted(new RegistrationAnswer(outcome.status().name(),
                    text("registration.mailSent", form.email().strip()))).build();
        } catch (UnknownGatheringException e) {
            throw new NotFoundException();
        } catch (InvalidInputException e) {
            throw new BadRequestException(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                    .entity(new Problem(e.problem().name(), e.field(), text("input.problem." + e.problem(), e.limit())))
                    .build());
        } catch (RegistrationRefusedException e) {
            Response.Status status = switch (e.reason()) {
                case MEMBERS_ONLY, GROUP_ONLY -> Response.Status.FORBIDDEN;
                default -> Response.Status.CONFLICT;
            };
            return Response.status(status).type(MediaType.APPLICATION_JSON)
                    .entity(new Problem(e.reason().name(), null, text("registration.refused." + e.reason()))).build();
        }
    }

    private static OffsetDateTime moment(String from) {
        if (from == null || from.isBlank()) {
            return null;
        }
        try {
            return from.length() == 10 ? LocalDate.parse(from).atStartOfDay(ZoneTime.DUTCH).toOffsetDateTime()
                    : OffsetDateTime.parse(from);
        } catch (DateTimeException e) {
            throw badRequest("INVALID_DATE", "from");
        }
    }

    private static BadRequestException badRequest(String error, String field) {
        return new BadRequestException(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON)
                .entity(Map.of("error", error, "field", field == null ? "" : field)).build());
    }

    private String link(long id) {
        return URI.create("/bijeenkomsten/bijeenkomst.xhtml?id=" + id).toString();
    }

    private Locale locale() {
        List<Locale> accepted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return !accepted.isEmpty() && "en".equals(accepted.get(0).getLanguage()) ? Locale.ENGLISH
                : Locale.forLanguageTag("nl");
    }

    private String text(String key, Object... arguments) {
        ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, locale());
        return new MessageFormat(bundle.getString(key), locale()).format(arguments);
    }

    /** Dutch time, for a date without a time. */
    private static final class ZoneTime {
        static final java.time.ZoneId DUTCH = java.time.ZoneId.of("Europe/Amsterdam");
    }
}
