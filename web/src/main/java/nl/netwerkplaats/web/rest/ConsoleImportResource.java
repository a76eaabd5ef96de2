package nl.netwerkplaats.web.rest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.time.ZoneId;
import java.util.Map;
import java.util.OptionalLong;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import nl.netwerkplaats.events.api.Audience;
import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringDraft;
import nl.netwerkplaats.events.api.GatheringKind;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.HarvestType;
import nl.netwerkplaats.events.api.ImportNotAllowedException;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.NotOrganiserException;
import nl.netwerkplaats.events.api.Programme;
import nl.netwerkplaats.events.api.ProgrammeView;
import nl.netwerkplaats.events.api.ReportImport;
import nl.netwerkplaats.events.api.ReportImports;
import nl.netwerkplaats.events.api.ReportProposal;
import nl.netwerkplaats.events.api.RoundDraft;
import nl.netwerkplaats.events.api.TableDraft;
import nl.netwerkplaats.events.api.TableView;
import nl.netwerkplaats.events.api.UnknownGatheringException;
import nl.netwerkplaats.network.api.ConsoleSignIn;
import nl.netwerkplaats.web.i18n.Messages;

/**
 * {@code POST /api/console/report-import?gathering=ID|new[&dryRun=true]}: the server console's {@code import-report}.
 * The plain-text report (UTF-8) is read by the importer and added to an existing gathering through the events
 * module's own service ({@link ReportImports#saveInto}), with the rights of the account the console vouched for.
 *
 * <p>Authentication: {@code Authorization: Bearer <token>}, a one-time token the console wrote (as a hash) into the
 * database it shares with this application ({@link ConsoleSignIn}); no session, no cookie, so no cross-site
 * forgery either: a browser never sends this header by itself. 401 {@code TOKEN} when the token is unknown, used,
 * expired, or the account is locked.
 *
 * <p>The answer, also for a dry run and when nothing was recognised, is {@link Found}: rounds, tables, items per
 * type and every unrecognised line with its number. Errors: 404 {@code UNKNOWN_GATHERING}, 403 {@code NOT_ALLOWED},
 * 400 {@code EMPTY} / {@code INVALID} (with the field and the report's line numbers), 413 {@code TOO_LONG},
 * 422 {@code NOTHING_RECOGNISED} (nothing saved).
 */
@Path("console/report-import")
public class ConsoleImportResource {

    private static final Pattern BEARER = Pattern.compile("(?i)Bearer\\s+(\\S{1,200})\\s*");
    private static final Pattern ITEM_FIELD = Pattern.compile("items\\[(\\d+)]\\.(\\w+)");
    static final int MAX_BYTES = ReportImports.MAX_CHARS * 4;
    private static final int UNPROCESSABLE = 422;
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    /** What the report held, and what was (or on a dry run would be) saved. */
    public record Found(long gatheringId, String gatheringTitle, boolean dryRun, boolean saved, int lines,
                        List<RoundFound> rounds, List<TableFound> tables, Map<String, Integer> itemsByType,
                        int unrecognisedKept, int participants, boolean participantsKept, int itemsSaved,
                        List<LineFound> unrecognised) {
    }

    /** @param existing the gathering had this round (by place) already; the report's items go into it */
    public record RoundFound(int number, String title, String question, boolean existing) {
    }

    /** @param existing the gathering had a table with this number already */
    public record TableFound(int number, String topic, boolean existing) {
    }

    public record LineFound(int number, String text) {
    }

    /** @param lines the report's lines the problem is about, when it is about an item */
    public record Problem(String error, String message, String field, List<Integer> lines, Found found) {
    }

    @Inject
    private ConsoleSignIn signIn;

    @Inject
    private ReportImports imports;

    @Inject
    private Programme programme;

    @Inject
    private GatheringCalendar calendar;

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importReport(InputStream body, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                 @QueryParam("gathering") String gathering,
                                 @QueryParam("place") String place,
                                 @QueryParam("kind") String kind,
                                 @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                 @QueryParam("unrecognised") @DefaultValue("keep") String unrecognised,
                                 @QueryParam("participants") @DefaultValue("keep") String participants,
                                 @QueryParam("author") String author) throws IOException {
        Matcher bearer = authorization == null ? null : BEARER.matcher(authorization);
        OptionalLong actor = bearer != null && bearer.matches()
                ? signIn.redeem(bearer.group(1), ConsoleSignIn.IMPORT_REPORT) : OptionalLong.empty();
        if (actor.isEmpty()) {
            return problem(Response.Status.UNAUTHORIZED, "TOKEN", "The console's one-time sign-in was not accepted"
                    + " (unknown, used or expired token, or the account is locked or not confirmed).", null, null, null);
        }
        boolean createNew = "new".equalsIgnoreCase(gathering);
        Long gatheringId = null;
        if (!createNew) {
            try {
                gatheringId = gathering == null ? null : Long.valueOf(gathering.strip());
            } catch (NumberFormatException e) {
                gatheringId = null;
            }
            if (gatheringId == null) {
                return problem(Response.Status.BAD_REQUEST, "GATHERING", "Name the gathering: gathering=ID or"
                        + " gathering=new.", null, null, null);
            }
        }
        byte[] bytes = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return problem(Response.Status.REQUEST_ENTITY_TOO_LARGE, "TOO_LONG", "At most " + ReportImports.MAX_CHARS
                    + " characters.", null, null, null);
        }
        String text = utf8(bytes);
        if (text.length() > ReportImports.MAX_CHARS) {
            return problem(Response.Status.REQUEST_ENTITY_TOO_LARGE, "TOO_LONG", "At most " + ReportImports.MAX_CHARS
                    + " characters.", null, null, null);
        }
        if (text.isBlank()) {
            return problem(Response.Status.BAD_REQUEST, "EMPTY", "The report is empty.", null, null, null);
        }
        long me = actor.getAsLong();
        if (createNew) {
            return createFrom(me, text, dryRun, unrecognised, participants, author, place, kind);
        }
        ProgrammeView before;
        try {
            before = programme.programme(gatheringId);
        } catch (UnknownGatheringException e) {
            return problem(Response.Status.NOT_FOUND, "UNKNOWN_GATHERING", "There is no gathering " + gatheringId
                    + ".", null, null, null);
        }
        String title = calendar.find(gatheringId, me).map(g -> g.title()).orElse(null);
        if (title == null) {
            return notAllowed(gatheringId);
        }
        ReportProposal proposal;
        try {
            proposal = imports.propose(me, text);
        } catch (ImportNotAllowedException e) {
            return notAllowed(gatheringId);
        } catch (InvalidInputException e) {
            return problem(Response.Status.BAD_REQUEST, "EMPTY", "The report is empty.", null, null, null);
        }

        boolean keepUnrecognised = !"skip".equalsIgnoreCase(unrecognised);
        boolean keepParticipants = !"skip".equalsIgnoreCase(participants) && !proposal.participants().isEmpty();
        Conversion conversion = convert(proposal, keepUnrecognised, keepParticipants, author);
        Found found = found(gatheringId, title, dryRun, false, proposal, before, conversion, keepParticipants);

        boolean anythingKnown = !proposal.rounds().isEmpty() || !proposal.tables().isEmpty()
                || proposal.items().stream().anyMatch(ReportProposal.Item::recognised);
        if (!anythingKnown) {
            return problem(UNPROCESSABLE, "NOTHING_RECOGNISED", "Nothing in the report was"
                    + " recognised: no rounds, tables or harvest items, only " + proposal.unrecognised().size()
                    + " unrecognised lines.", null, null, found);
        }
        try {
            imports.saveInto(me, gatheringId, conversion.report(), dryRun);
        } catch (NotOrganiserException | ImportNotAllowedException e) {
            return notAllowed(gatheringId);
        } catch (UnknownGatheringException e) {
            return problem(Response.Status.NOT_FOUND, "UNKNOWN_GATHERING", "There is no gathering " + gatheringId
                    + ".", null, null, null);
        } catch (InvalidInputException e) {
            return invalid(e, conversion, found);
        }
        return Response.ok(found(gatheringId, title, dryRun, !dryRun, proposal, before, conversion, keepParticipants),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * {@code gathering=new}: a concept gathering made from the report's title, date (13:00–17:00 Dutch time, as the
     * import page proposes), kind, place, organisers and goals, with its programme and harvest, through
     * {@link ReportImports#save} exactly as the import page saves an unchanged proposal.
     */
    private Response createFrom(long me, String text, boolean dryRun, String unrecognised, String participants,
                                String author, String place, String kind) {
        ReportProposal proposal;
        try {
            proposal = imports.propose(me, text);
        } catch (ImportNotAllowedException e) {
            return problem(Response.Status.FORBIDDEN, "NOT_ALLOWED", "This account may not import reports: organisers,"
                    + " coordinators and administrators may.", null, null, null);
        } catch (InvalidInputException e) {
            return problem(Response.Status.BAD_REQUEST, "EMPTY", "The report is empty.", null, null, null);
        }
        boolean keepUnrecognised = !"skip".equalsIgnoreCase(unrecognised);
        boolean keepParticipants = !"skip".equalsIgnoreCase(participants) && !proposal.participants().isEmpty();
        Conversion conversion = convert(proposal, keepUnrecognised, keepParticipants, author);
        ProgrammeView none = new ProgrammeView(0, List.of(), List.of());
        ReportProposal.Gathering facts = proposal.gathering();
        Found found = found(0, facts.title(), dryRun, false, proposal, none, conversion, keepParticipants);
        boolean anythingKnown = !proposal.rounds().isEmpty() || !proposal.tables().isEmpty()
                || proposal.items().stream().anyMatch(ReportProposal.Item::recognised);
        if (!anythingKnown) {
            return problem(UNPROCESSABLE, "NOTHING_RECOGNISED", "Nothing in the report was recognised.", null, null,
                    found);
        }
        if (facts.date() == null) {
            return problem(Response.Status.BAD_REQUEST, "INVALID", "The report gives no date for the gathering.",
                    "startsAt", null, found);
        }
        GatheringKind gatheringKind = facts.kind();
        if (kind != null && !kind.isBlank()) {
            try {
                gatheringKind = GatheringKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return problem(Response.Status.BAD_REQUEST, "INVALID", "Unknown kind " + kind.strip() + "; one of "
                        + java.util.Arrays.toString(GatheringKind.values()) + ".", "kind", null, found);
            }
        }
        String venue = !blank(place) ? place.strip() : blank(facts.place()) ? null : facts.place().strip();
        ResourceBundle dutch = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("nl"));
        String description = facts.organisers().isEmpty() ? null
                : dutch.getString("import.organisedBy") + " " + String.join(", ", facts.organisers());
        GatheringDraft draft = new GatheringDraft(facts.title(), gatheringKind, facts.goals(), description,
                facts.date().atTime(13, 0).atZone(DUTCH_TIME).toOffsetDateTime(),
                facts.date().atTime(17, 0).atZone(DUTCH_TIME).toOffsetDateTime(), venue, null, null, null,
                List.of(), List.of(), List.of(), null, null, Audience.EVERYONE, null, false);
        ReportImport report = new ReportImport(draft, conversion.report().rounds(), conversion.report().tables(),
                conversion.report().items(), conversion.report().authorName());
        GatheringView saved;
        try {
            saved = imports.save(me, report, dryRun);
        } catch (NotOrganiserException | ImportNotAllowedException e) {
            return problem(Response.Status.FORBIDDEN, "NOT_ALLOWED", "This account may not import reports: organisers,"
                    + " coordinators and administrators may.", null, null, null);
        } catch (InvalidInputException e) {
            return invalid(e, conversion, found);
        }
        return Response.ok(found(dryRun ? 0 : saved.id(), saved.title(), dryRun, !dryRun, proposal, none, conversion,
                keepParticipants), MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static Response invalid(InvalidInputException e, Conversion conversion, Found found) {
        Matcher item = ITEM_FIELD.matcher(e.field());
        List<Integer> lines = null;
        if (item.matches() && Integer.parseInt(item.group(1)) < conversion.lines().size()) {
            lines = conversion.lines().get(Integer.parseInt(item.group(1)));
        }
        return problem(Response.Status.BAD_REQUEST, "INVALID", e.field() + ": " + e.problem()
                + (e.limit() > 0 ? " (limit " + e.limit() + ")" : ""), e.field(), lines, found);
    }

    /** The report to save, and per item the report's line numbers it came from (for messages). */
    private record Conversion(ReportImport report, List<List<Integer>> lines, int unrecognisedKept) {
    }

    /** As the import page saves an unchanged proposal: every item, the participant list as one note. */
    private static Conversion convert(ReportProposal proposal, boolean keepUnrecognised, boolean keepParticipants,
                                      String author) {
        List<RoundDraft> rounds = proposal.rounds().stream().map(r -> new RoundDraft(
                blank(r.title()) ? "Ronde " + r.number() : r.title().strip(),
                blank(r.question()) ? null : r.question().strip(), null, null)).toList();
        List<TableDraft> tables = proposal.tables().stream().map(t -> new TableDraft(t.number(),
                blank(t.topic()) ? null : t.topic().strip(), null, null, null, null)).toList();
        List<ReportProposal.Item> kept = proposal.items().stream()
                .filter(i -> keepUnrecognised || i.recognised()).toList();
        List<ReportImport.Item> items = new ArrayList<>();
        List<List<Integer>> lines = new ArrayList<>();
        for (ReportProposal.Item i : kept) {
            Integer forCase = null;
            if (i.forCase() != null && i.type() == HarvestType.SUGGESTIE) {
                int at = kept.indexOf(proposal.items().get(i.forCase()));
                forCase = at < 0 ? null : at;
            }
            items.add(new ReportImport.Item(i.type(), i.text(), i.round(), i.table(), i.pitcher(), forCase,
                    i.governmentView(), i.initiativeView()));
            lines.add(i.lines());
        }
        if (keepParticipants) {
            ResourceBundle dutch = ResourceBundle.getBundle(Messages.BUNDLE, Locale.forLanguageTag("nl"));
            items.add(new ReportImport.Item(HarvestType.NOTITIE, dutch.getString("import.participants") + ":\n"
                    + String.join("\n", proposal.participants().stream().map(p -> p.organisation() == null
                            ? p.name() : p.name() + " (" + p.organisation() + ")").toList()),
                    null, null, null, null, null, null));
            lines.add(proposal.participants().stream().map(ReportProposal.Participant::line).toList());
        }
        int unrecognisedKept = (int) kept.stream().filter(i -> !i.recognised()).count();
        return new Conversion(new ReportImport(null, rounds, tables, items, blank(author) ? null : author.strip()),
                lines, unrecognisedKept);
    }

    private static Found found(long gatheringId, String title, boolean dryRun, boolean saved, ReportProposal proposal,
                               ProgrammeView before, Conversion conversion, boolean participantsKept) {
        List<RoundFound> rounds = new ArrayList<>();
        for (ReportProposal.Round r : proposal.rounds()) {
            rounds.add(new RoundFound(r.number(), r.title(), r.question(), r.number() <= before.rounds().size()));
        }
        List<TableFound> tables = proposal.tables().stream().map(t -> new TableFound(t.number(), t.topic(),
                before.tables().stream().map(TableView::number).anyMatch(n -> n == t.number()))).toList();
        Map<HarvestType, Integer> byType = new EnumMap<>(HarvestType.class);
        proposal.items().stream().filter(ReportProposal.Item::recognised)
                .forEach(i -> byType.merge(i.type(), 1, Integer::sum));
        Map<String, Integer> itemsByType = new LinkedHashMap<>();
        byType.forEach((type, count) -> itemsByType.put(type.name(), count));
        List<LineFound> unrecognised = proposal.unrecognised().stream()
                .map(l -> new LineFound(l.number(), l.text())).toList();
        return new Found(gatheringId, title, dryRun, saved, proposal.lines().size(), rounds, tables, itemsByType,
                conversion.unrecognisedKept(), proposal.participants().size(), participantsKept,
                conversion.report().items().size(), unrecognised);
    }

    private static Response notAllowed(long gatheringId) {
        return problem(Response.Status.FORBIDDEN, "NOT_ALLOWED", "This account may not import into gathering "
                + gatheringId + ": its organisers, coordinators and administrators may.", null, null, null);
    }

    private static Response problem(Response.Status status, String error, String message, String field,
                                    List<Integer> lines, Found found) {
        return problem(status.getStatusCode(), error, message, field, lines, found);
    }

    private static Response problem(int status, String error, String message, String field,
                                    List<Integer> lines, Found found) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new Problem(error, message, field, lines, found)).build();
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
