package nl.netwerkplaats.launcher.console;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * Adds a report file (plain text, as the seed reports) to a gathering of the running installation: its rounds,
 * tables and harvest. The import goes through the application itself ({@code POST /api/console/report-import}), so
 * the events module's own rules and checks apply, exactly as on the import page.
 *
 * <p>Who: the account named with {@code --as}, which must organise the gathering or be a coordinator or
 * administrator. The console vouches for it without a password: it writes the SHA-256 of a fresh random token
 * (256 bits) for that account into the database it shares with the application ({@code network.console_token},
 * valid {@value #LIFETIME_SECONDS} s, one use, one purpose) and sends the token once in the {@code Authorization}
 * header. Whoever can run this already holds the database's credentials, so this grants nothing new; no password
 * appears on a command line, in the shell history or in the process list, and a token that leaks is useless after
 * its one use or two minutes. The console removes its token again in every case.
 */
@Command(name = "import-report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Adds a report file (plain text) to a gathering of the running installation: rounds, tables"
                + " and harvest items.",
                "Shows what was found (rounds, tables, items per type) and every line that was not understood;",
                "those lines are kept as free notes unless --skip-unrecognised. Report round n goes into the"
                        + " gathering's n-th round",
                "and table n into its table n when they exist; otherwise they are added. Runs through the application,"
                        + " with the rights of --as."},
        footer = {"", "Exit codes: 0 imported (or dry run fine); 1 not imported (file, account, rights, gathering,"
                + " nothing recognisable, a refused item); 2 wrong usage; 3 Netwerkplaats or its database unreachable."})
final class ImportReportCommand implements Callable<Integer> {

    static final int LIFETIME_SECONDS = 120;
    /** As the application: at most 200,000 characters, UTF-8 takes at most 4 bytes a character. */
    static final int MAX_CHARS = 200_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @ParentCommand
    Console console;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "the report as plain text (UTF-8, or Windows-1252 as"
            + " Word saves it)")
    Path file;

    @Option(names = "--gathering", required = true, paramLabel = "ID|new",
            description = "the gathering's number (as in its address: ...?id=42), or new: a concept gathering made from"
                    + " the report's title, date (13:00-17:00), kind, place and organisers")
    String gathering;

    @Option(names = "--place", paramLabel = "PLACE", description = "with --gathering new: where it was held, when the"
            + " report does not say")
    String place;

    @Option(names = "--kind", paramLabel = "KIND", description = "with --gathering new: the kind (e.g. WERKCONFERENTIE,"
            + " THEMADAG, PITCH_SESSIE), when the report does not say")
    String kind;

    @Option(names = "--as", required = true, paramLabel = "EMAIL",
            description = "the account the import is done as: an organiser of the gathering, a coordinator or an"
                    + " administrator")
    String as;

    @Option(names = "--dry-run", description = "check everything as for real, show the result, save nothing")
    boolean dryRun;

    @Option(names = "--skip-unrecognised", description = "leave the lines that were not understood out (they are"
            + " still listed)")
    boolean skipUnrecognised;

    @Option(names = "--without-participants", description = "do not keep the report's participant list as a note")
    boolean withoutParticipants;

    @Option(names = "--author", paramLabel = "NAME", description = "written on every item as its author (default:"
            + " the --as account)")
    String author;

    @Option(names = "--url", description = "the server's own address, not the proxy's (default: http://localhost:"
            + "<netwerkplaats.port>/)")
    URI url;

    @Override
    public Integer call() throws SQLException {
        PrintWriter out = console.out();
        boolean createNew = "new".equalsIgnoreCase(gathering.strip());
        if (!createNew && !gathering.strip().matches("[0-9]{1,18}")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--gathering takes a gathering's"
                    + " number or 'new', not '" + gathering + "'.");
        }
        if (!createNew && (place != null || kind != null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--place and --kind are only for"
                    + " --gathering new; an existing gathering keeps its own.");
        }
        String text = read(file);
        URI base = url != null ? url : URI.create("http://localhost:" + console.settings().port() + "/");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        requireRunning(http, base);

        String token = newToken();
        String hash = sha256(token);
        try (Installation installation = console.installation(); Connection connection = installation.connect()) {
            Accounts.Account account = new Accounts(connection).find(as).orElseThrow(() -> ConsoleProblem.failed(
                    "There is no account with the address " + Accounts.normalize(as) + ". Nothing was imported."));
            writeToken(connection, hash, account.id());
            try {
                HttpResponse<String> answer = send(http, base, token, text);
                return report(answer, account, installation, base, out);
            } finally {
                try (PreparedStatement s = connection.prepareStatement(
                        "delete from network.console_token where token_hash = ?")) {
                    s.setString(1, hash);
                    s.executeUpdate();
                }
            }
        }
    }

    /** The file's text: UTF-8 when it is valid UTF-8, otherwise Windows-1252 (as the import page reads uploads). */
    static String read(Path file) {
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw ConsoleProblem.failed(file + " is a folder, not a report file. Nothing was imported.");
            }
            if (Files.size(file) > MAX_CHARS * 4L) {
                throw ConsoleProblem.failed(file + " is too long for a report (at most " + MAX_CHARS
                        + " characters). Nothing was imported.");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw ConsoleProblem.failed("There is no file " + file + ". Nothing was imported.");
        } catch (AccessDeniedException e) {
            throw ConsoleProblem.failed("Cannot read " + file + ": permission denied. Nothing was imported.");
        } catch (IOException e) {
            throw ConsoleProblem.failed("Cannot read " + file + " (" + e.getMessage() + "). Nothing was imported.");
        }
        String text = decode(bytes);
        if (text.isBlank()) {
            throw ConsoleProblem.failed(file + " is empty. Nothing was imported.");
        }
        if (text.length() > MAX_CHARS) {
            throw ConsoleProblem.failed(file + " is too long for a report (" + text.length() + " characters, at most "
                    + MAX_CHARS + "). Nothing was imported.");
        }
        return text;
    }

    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static void requireRunning(HttpClient http, URI base) {
        URI live = base.resolve("/health/live");
        try {
            http.send(HttpRequest.newBuilder(live).timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw notReachable(base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ConsoleProblem.unreachable("Interrupted while asking " + live);
        }
    }

    private static ConsoleProblem notReachable(URI base, IOException e) {
        return ConsoleProblem.unreachable("No answer from Netwerkplaats at " + base + " (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). The import runs through the running"
                + " application: start it, or give its own address with --url. Nothing was imported.");
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeToken(Connection connection, String hash, long accountId) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("insert into network.console_token"
                + " (token_hash, account_id, purpose, expires_at, created_by)"
                + " values (?, ?, 'IMPORT_REPORT', now() + make_interval(secs => ?), ?)")) {
            s.setString(1, hash);
            s.setLong(2, accountId);
            s.setInt(3, LIFETIME_SECONDS);
            s.setString(4, Accounts.actorLabel());
            s.executeUpdate();
        } catch (SQLException e) {
            if ("42P01".equals(e.getSQLState())) {
                throw ConsoleProblem.failed("This installation's database has no console sign-in yet (an older"
                        + " version of Netwerkplaats). Upgrade and start it once. Nothing was imported.");
            }
            throw e;
        }
    }

    private HttpResponse<String> send(HttpClient http, URI base, String token, String text) {
        StringBuilder query = new StringBuilder("/api/console/report-import?gathering=")
                .append(URLEncoder.encode(gathering.strip().toLowerCase(java.util.Locale.ROOT), StandardCharsets.UTF_8))
                .append("&dryRun=").append(dryRun)
                .append("&unrecognised=").append(skipUnrecognised ? "skip" : "keep")
                .append("&participants=").append(withoutParticipants ? "skip" : "keep");
        if (author != null && !author.isBlank()) {
            query.append("&author=").append(URLEncoder.encode(author.strip(), StandardCharsets.UTF_8));
        }
        if (place != null && !place.isBlank()) {
            query.append("&place=").append(URLEncoder.encode(place.strip(), StandardCharsets.UTF_8));
        }
        if (kind != null && !kind.isBlank()) {
            query.append("&kind=").append(URLEncoder.encode(kind.strip(), StandardCharsets.UTF_8));
        }
        HttpRequest request = HttpRequest.newBuilder(base.resolve(query.toString()))
                .timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/plain; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw notReachable(base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ConsoleProblem.unreachable("Interrupted while importing; the application decides on its own"
                    + " whether it finished.");
        }
    }

    private int report(HttpResponse<String> answer, Accounts.Account account, Installation installation, URI base,
                       PrintWriter out) {
        JsonObject json;
        try {
            json = Json.createReader(new StringReader(answer.body())).readObject();
        } catch (JsonException | ClassCastException e) {
            throw ConsoleProblem.unreachable(base + " answered HTTP " + answer.statusCode() + " without an import"
                    + " result: is it Netwerkplaats of the same version as this console? Nothing was imported.");
        }
        int status = answer.statusCode();
        JsonObject found = status == 200 ? json
                : json.containsKey("found") && json.get("found").getValueType() == JsonValue.ValueType.OBJECT
                ? json.getJsonObject("found") : null;
        if (found != null) {
            show(found, out);
        }
        if (status == 200) {
            int items = found.getInt("itemsSaved");
            boolean created = "new".equalsIgnoreCase(gathering.strip());
            String into = created ? (dryRun ? "a new gathering" : "the new gathering " + found.getJsonNumber("gatheringId"))
                    + " \"" + found.getString("gatheringTitle", "") + "\" (a concept: publish it in the application)"
                    : "gathering " + gathering + " \"" + found.getString("gatheringTitle", "") + "\"";
            out.println(dryRun
                    ? "Dry run: the import into " + into + " was checked and would add " + items + " items"
                            + added(found) + ". Nothing was saved."
                    : "Imported " + items + " items into " + into + added(found) + ", as " + account.email() + ".");
            return 0;
        }
        String error = json.getString("error", "");
        String message = json.getString("message", "");
        throw ConsoleProblem.failed(switch (error) {
            case "TOKEN" -> "Netwerkplaats at " + base + " refused the console's sign-in as " + account.email()
                    + ": the account is locked or not confirmed, or that application does not use the database at "
                    + installation.url() + ". Nothing was imported.";
            case "NOT_ALLOWED" -> "new".equalsIgnoreCase(gathering.strip())
                    ? account.email() + " may not import reports: organisers, coordinators and administrators may."
                            + " Nothing was imported."
                    : account.email() + " may not import into gathering " + gathering + ": only its organisers,"
                            + " coordinators and administrators may. Nothing was imported.";
            case "UNKNOWN_GATHERING" -> "There is no gathering " + gathering + ". Nothing was imported. (--gathering new"
                    + " makes one from the report.)";
            case "NOTHING_RECOGNISED" -> "Nothing in " + file + " looks like a report (no rounds, tables or"
                    + " harvest items). Nothing was imported.";
            case "INVALID" -> "The application refused the import: " + message
                    + ("venueName".equals(json.getString("field", "")) ? " (give the place with --place)" : "")
                    + ("kind".equals(json.getString("field", "")) ? " (give the kind with --kind)" : "")
                    + (json.containsKey("lines") && json.get("lines").getValueType() == JsonValue.ValueType.ARRAY
                    ? " (report lines " + json.getJsonArray("lines").getValuesAs(v -> v.toString()).stream()
                            .collect(Collectors.joining(", ")) + ")" : "") + ". Nothing was imported.";
            default -> "The application refused the import (HTTP " + status + (error.isEmpty() ? "" : " " + error)
                    + (message.isEmpty() ? "" : ": " + message) + "). Nothing was imported.";
        });
    }

    private static String added(JsonObject found) {
        long rounds = found.getJsonArray("rounds").stream().filter(r -> !r.asJsonObject().getBoolean("existing"))
                .count();
        long tables = found.getJsonArray("tables").stream().filter(t -> !t.asJsonObject().getBoolean("existing"))
                .count();
        return " (" + rounds + (rounds == 1 ? " round" : " rounds") + " and " + tables
                + (tables == 1 ? " table" : " tables") + " added)";
    }

    /** What the importer found, every unrecognised line included. */
    private void show(JsonObject found, PrintWriter out) {
        out.println("Report " + file + ": " + found.getInt("lines") + " lines.");
        var rounds = found.getJsonArray("rounds");
        out.println("Rounds: " + rounds.size());
        for (JsonValue v : rounds) {
            JsonObject r = v.asJsonObject();
            out.println("  " + r.getInt("number") + ". " + text(r, "title") + (r.getBoolean("existing")
                    ? "  [into the gathering's round " + r.getInt("number") + "]" : "  [new]")
                    + (text(r, "question").isEmpty() ? "" : "\n       question: " + text(r, "question")));
        }
        var tables = found.getJsonArray("tables");
        out.println("Tables: " + tables.size());
        for (JsonValue v : tables) {
            JsonObject t = v.asJsonObject();
            out.println("  table " + t.getInt("number") + (text(t, "topic").isEmpty() ? "" : ": " + text(t, "topic"))
                    + (t.getBoolean("existing") ? "  [existing]" : "  [new]"));
        }
        JsonObject byType = found.getJsonObject("itemsByType");
        int recognised = byType.values().stream().mapToInt(v -> ((jakarta.json.JsonNumber) v).intValue()).sum();
        out.println("Items recognised: " + recognised);
        byType.forEach((type, count) -> out.printf("  %-16s %5d%n", type, ((jakarta.json.JsonNumber) count).intValue()));
        if (found.getInt("participants") > 0) {
            out.println("Participants: " + found.getInt("participants")
                    + (found.getBoolean("participantsKept") ? " (kept as one note)" : " (left out)"));
        }
        var unrecognised = found.getJsonArray("unrecognised");
        out.println("Not understood: " + unrecognised.size() + (unrecognised.size() == 1 ? " line" : " lines")
                + (unrecognised.isEmpty() ? "" : found.getInt("unrecognisedKept") > 0
                ? " (kept as free notes; --skip-unrecognised leaves them out)" : " (left out)"));
        for (JsonValue v : unrecognised) {
            JsonObject line = v.asJsonObject();
            out.printf("  line %d: %s%n", line.getInt("number"), text(line, "text"));
        }
    }

    private static String text(JsonObject o, String key) {
        return o.containsKey(key) && o.get(key).getValueType() == JsonValue.ValueType.STRING ? o.getString(key) : "";
    }
}
