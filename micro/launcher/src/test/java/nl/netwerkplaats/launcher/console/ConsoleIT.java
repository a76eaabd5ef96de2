package nl.netwerkplaats.launcher.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import nl.netwerkplaats.launcher.Person;
import nl.netwerkplaats.launcher.Settings;

/**
 * The server console as an administrator uses it, against a real installation: the launcher jar started on a
 * fresh data directory (embedded PostgreSQL, Payara Micro), the console run on the same settings, and every effect
 * checked where a person would see it: signing in through the login form, the backup restored, the JSON read back.
 * The steps build on each other (one installation), hence the order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleIT {

    private static final Path LAUNCHER = Path.of("target/netwerkplaats-launcher.jar");
    private static final String ADMIN = "console-admin@netwerkplaats.test";
    private static final String PASSWORD = "een lang wachtwoord 1";

    private static Path data;
    private static int port;
    private static Process app;

    @BeforeAll
    static void startInstallation() throws Exception {
        data = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "console-data");
        port = freePort();
        app = start();
    }

    @AfterAll
    static void stopInstallation() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroy();
            app.waitFor(90, TimeUnit.SECONDS);
        }
    }

    @Test
    @Order(1)
    void healthReportsEachCheckAndExitCodesTellUpFromUnreachable() throws IOException {
        Result up = console("health", "--database");
        assertEquals(0, up.code, up.all());
        assertTrue(up.out.contains("live: UP") && up.out.contains("ready: UP"), up.out);
        assertTrue(up.out.matches("(?s).*schema network: version [1-9][0-9]*.*"), up.out);

        Result nobody = console("health", "--url", "http://localhost:" + freePort() + "/");
        assertEquals(3, nobody.code, nobody.all());
        assertTrue(nobody.err.contains("No answer from"), nobody.err);
    }

    @Test
    @Order(2)
    void createAdminRefusesAShortPasswordAndThenMakesAnAdministratorWhoSignsIn() throws Exception {
        Result weak = withInput("korte", "create-admin", "--email", ADMIN, "--name", "Console Beheerder",
                "--password-stdin");
        assertEquals(1, weak.code, weak.all());
        assertTrue(weak.err.contains("at least 12 characters"), weak.err);
        assertFalse(console("list-users").out.contains(ADMIN), "nothing saved after a refusal");

        Result created = withInput(PASSWORD, "create-admin", "--email", " Console-Admin@Netwerkplaats.test ",
                "--name", "Console Beheerder", "--password-stdin");
        assertEquals(0, created.code, created.all());
        assertTrue(created.out.contains("Administrator " + ADMIN + " created"), created.out);

        Person admin = signIn(ADMIN, PASSWORD);
        assertTrue(signedIn(admin), "the new administrator signs in");
        assertTrue(admin.get("/beheer/logboek.xhtml").body().contains("Serverconsole ("),
                "the console's action is in the audit log");

        Result again = console("create-admin", "--email", ADMIN, "--name", "Iemand Anders");
        assertEquals(0, again.code, again.all());
        assertTrue(again.out.contains("already an administrator"), again.out);

        Result usage = console("create-admin", "--email", ADMIN);
        assertEquals(2, usage.code, usage.all());
        assertTrue(usage.err.contains("--name"), usage.err);
    }

    @Test
    @Order(3)
    void listUsersByRoleInATableAndAsCsv() {
        Result admins = console("list-users", "--role", "admin");
        assertEquals(0, admins.code, admins.all());
        assertTrue(admins.out.contains(ADMIN) && admins.out.contains("ADMIN MEMBER"), admins.out);
        assertTrue(admins.out.contains("with role ADMIN"), admins.out);

        Result editors = console("list-users", "--role", "EDITOR", "--format", "csv");
        assertEquals(0, editors.code, editors.all());
        assertEquals("id,email,name,roles,status,lock,login", editors.out.lines().findFirst().orElseThrow());
        assertFalse(editors.out.contains(ADMIN), editors.out);

        Result wrongRole = console("list-users", "--role", "KONING");
        assertEquals(2, wrongRole.code, wrongRole.all());
    }

    @Test
    @Order(4)
    void lockKeepsThePersonOutUntilUnlockAndResetPasswordReplacesThePassword() throws Exception {
        assertEquals(0, console("lock", "--email", ADMIN).code);
        assertFalse(signedIn(signIn(ADMIN, PASSWORD)), "a locked account cannot sign in");
        assertTrue(console("list-users").out.contains("locked"));

        assertEquals(0, console("unlock", "--email", ADMIN).code);
        assertTrue(signedIn(signIn(ADMIN, PASSWORD)), "unlocked again");

        String newPassword = "nog een veel langer wachtwoord";
        Result reset = withInput(newPassword, "reset-password", "--email", ADMIN, "--password-stdin");
        assertEquals(0, reset.code, reset.all());
        assertFalse(signedIn(signIn(ADMIN, PASSWORD)), "the old password no longer works");
        assertTrue(signedIn(signIn(ADMIN, newPassword)), "the new one does");
        assertEquals(0, withInput(PASSWORD, "reset-password", "--email", ADMIN, "--password-stdin").code);

        Result unknown = console("lock", "--email", "niemand@netwerkplaats.test");
        assertEquals(1, unknown.code, unknown.all());
        assertTrue(unknown.err.contains("There is no account with the address niemand@netwerkplaats.test"));
    }

    @Test
    @Order(5)
    void exportWritesAllDataAsJsonWithoutSecretsReadableByItsOwnerOnly() throws IOException {
        Path file = data.resolve("export.json");
        Result export = console("export", "--output", file.toString());
        assertEquals(0, export.code, export.all());
        String text = Files.readString(file);
        assertFalse(text.contains("password_hash") || text.contains("PBKDF2"), "no password hashes in the export");
        JsonObject schemas = Json.createReader(new StringReader(text)).readObject().getJsonObject("schemas");
        JsonArray accounts = schemas.getJsonObject("network").getJsonArray("account");
        assertTrue(accounts.stream().map(a -> a.asJsonObject().getString("email")).anyMatch(ADMIN::equals));
        assertTrue(schemas.getJsonObject("events").containsKey("gathering"), schemas.getJsonObject("events").keySet().toString());
        assertTrue(schemas.getJsonObject("knowledge").containsKey("knowledge_item"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));

        Result again = console("export", "--output", file.toString());
        assertEquals(1, again.code, "an existing file is never overwritten");
    }

    @Test
    @Order(6)
    void configShowsWhereEachSettingComesFromMasksSecretsAndNamesMisspeltOnes() {
        Result config = run(null, Map.of("NETWERKPLAATS_MAIL_PASSWORD", "zeer-geheim", "NETWERKPLAATS_MAIL_HOTS",
                "typo"), "-Dnetwerkplaats.mail.host=smtp.gemeente.test", "config");
        assertEquals(0, config.code, config.all());
        String text = config.out;
        assertTrue(text.matches("(?s).*netwerkplaats\\.mail\\.host +smtp\\.gemeente\\.test +-Dnetwerkplaats\\.mail\\.host.*"), text);
        assertTrue(text.matches("(?s).*netwerkplaats\\.mail\\.password +\\*+ \\(set\\) +NETWERKPLAATS_MAIL_PASSWORD.*"), text);
        assertFalse(text.contains("zeer-geheim"), text);
        assertTrue(text.matches("(?s).*netwerkplaats\\.events\\.reminder-hours +48 +default.*"), text);
        assertTrue(text.contains("Not a Netwerkplaats setting (misspelt?), ignored: NETWERKPLAATS_MAIL_HOTS"), text);
    }

    @Test
    @Order(7)
    void rebuildSearchRebuildsPeopleAndIndexes() {
        Result rebuilt = console("rebuild-search");
        assertEquals(0, rebuilt.code, rebuilt.all());
        assertTrue(rebuilt.out.matches("(?s)Rebuilt the search text of [1-9][0-9]* people and [1-9][0-9]* full-text"
                + " indexes and the search entries of [0-9]+ published knowledge items.*"), rebuilt.out);
    }

    @Test
    @Order(8)
    void backupThenRestoreBringsBackTheStateOfTheBackupAndNeverRunsUnderARunningApplication() throws Exception {
        Path backup = data.resolve("netwerkplaats.backup");
        Result made = console("backup", "--output", backup.toString());
        assertEquals(0, made.code, made.all());
        assertTrue(Files.size(backup) > 10_000, "a real dump");

        String later = "na-de-backup@netwerkplaats.test";
        assertEquals(0, withInput("een ander lang wachtwoord", "create-admin", "--email", later, "--name", "Later",
                "--password-stdin").code);

        Result whileRunning = console("restore", "--input", backup.toString(), "--yes");
        assertEquals(1, whileRunning.code, whileRunning.all());
        assertTrue(whileRunning.err.contains("Netwerkplaats is running"), whileRunning.err);

        app.destroy();
        assertTrue(app.waitFor(90, TimeUnit.SECONDS), "the installation stopped");

        Result notConfirmed = console("restore", "--input", backup.toString());
        assertEquals(1, notConfirmed.code, notConfirmed.all());
        assertTrue(console("list-users").out.contains(later), "a refused restore changes nothing");

        Result restored = console("restore", "--input", backup.toString(), "--yes");
        assertEquals(0, restored.code, restored.all());
        Result users = console("list-users");
        assertTrue(users.out.contains(ADMIN), users.all());
        assertFalse(users.out.contains(later), "the account made after the backup is gone");

        app = start();
        assertTrue(signedIn(signIn(ADMIN, PASSWORD)), "the restored installation starts and its admin signs in");
    }

    @Test
    @Order(9)
    void importReportAddsAReportToAGatheringThroughTheApplicationAndRefusesClearly() throws Exception {
        long organiser = fixtureAccount("console-import-organiser@netwerkplaats.test", "Console Organisator");
        long outsider = fixtureAccount("console-import-buitenstaander@netwerkplaats.test", "Console Buitenstaander");
        long gathering = fixtureGathering("Console-import werkconferentie", organiser, 1, "Eenzaamheid (bestaand)");
        Path report = data.resolve("verslag-console.txt");
        Files.writeString(report, REPORT, StandardCharsets.UTF_8);
        String id = Long.toString(gathering);
        String organiserAddress = "console-import-organiser@netwerkplaats.test";

        Result help = console("import-report", "--help");
        assertEquals(0, help.code, help.all());
        assertTrue(help.out.contains("--dry-run") && help.out.contains("--gathering"), help.out);
        Result usage = console("import-report", report.toString());
        assertEquals(2, usage.code, usage.all());

        Result missing = console("import-report", data.resolve("bestaat-niet.txt").toString(), "--gathering", id,
                "--as", organiserAddress);
        assertEquals(1, missing.code, missing.all());
        assertTrue(missing.err.contains("There is no file"), missing.err);
        Path empty = Files.writeString(data.resolve("leeg.txt"), "  \n\n");
        assertEquals(1, console("import-report", empty.toString(), "--gathering", id, "--as", organiserAddress).code);

        Result unreachable = console("import-report", report.toString(), "--gathering", id, "--as", organiserAddress,
                "--url", "http://localhost:" + freePort() + "/");
        assertEquals(3, unreachable.code, unreachable.all());
        assertTrue(unreachable.err.contains("No answer from Netwerkplaats"), unreachable.err);

        Result nobody = console("import-report", report.toString(), "--gathering", id, "--as",
                "niemand-import@netwerkplaats.test");
        assertEquals(1, nobody.code, nobody.all());
        assertTrue(nobody.err.contains("There is no account"), nobody.err);

        Result unknown = console("import-report", report.toString(), "--gathering", "987654321", "--as", ADMIN);
        assertEquals(1, unknown.code, unknown.all());
        assertTrue(unknown.err.contains("There is no gathering 987654321"), unknown.err);

        Result notAllowed = console("import-report", report.toString(), "--gathering", id, "--as",
                "console-import-buitenstaander@netwerkplaats.test");
        assertEquals(1, notAllowed.code, notAllowed.all());
        assertTrue(notAllowed.err.contains("may not import into gathering " + id), notAllowed.err);

        assertEquals(0, console("lock", "--email", organiserAddress).code);
        Result locked = console("import-report", report.toString(), "--gathering", id, "--as", organiserAddress);
        assertEquals(1, locked.code, locked.all());
        assertTrue(locked.err.contains("refused the console's sign-in"), locked.err);
        assertEquals(0, console("unlock", "--email", organiserAddress).code);
        assertEquals(0, sql("select count(*) from network.console_token"), "the console leaves no token behind");

        Path nonsense = Files.writeString(data.resolve("geen-verslag.txt"), "Boodschappenlijst\n\nmelk\nbrood\n");
        Result nothing = console("import-report", nonsense.toString(), "--gathering", id, "--as", organiserAddress);
        assertEquals(1, nothing.code, nothing.all());
        assertTrue(nothing.err.contains("looks like a report"), nothing.err);
        assertTrue(nothing.out.contains("line 3: melk") && nothing.out.contains("line 4: brood"), nothing.out);

        Person admin = signIn(ADMIN, PASSWORD);
        String harvestPage = "/bijeenkomsten/organisatie/oogst.xhtml?id=" + id;
        Result dryRun = console("import-report", report.toString(), "--gathering", id, "--as", organiserAddress,
                "--dry-run");
        assertEquals(0, dryRun.code, dryRun.all());
        assertTrue(dryRun.out.contains("Rounds: 2") && dryRun.out.contains("Tables: 2"), dryRun.out);
        assertTrue(dryRun.out.matches("(?s).*table 1: Eenzaamheid +\\[existing].*table 2: Armoede +\\[new].*"),
                dryRun.out);
        assertTrue(dryRun.out.matches("(?s).*BEST_PRACTICE +3\n.*"), dryRun.out);
        assertTrue(dryRun.out.contains("Not understood: 1 line (kept as free notes")
                && dryRun.out.contains("line 3: Georganiseerd door de console-test."), dryRun.out);
        assertTrue(dryRun.out.contains("Items recognised: 8") && dryRun.out.contains("would add 9 items (2 rounds and"
                + " 1 table added). Nothing was saved."), dryRun.out);
        assertTrue(admin.get(harvestPage).body().contains("Tot nu toe 0 items geoogst."), "a dry run saves nothing");

        Result imported = console("import-report", report.toString(), "--gathering", id, "--as", organiserAddress,
                "--author", "Verslaglegger Console");
        assertEquals(0, imported.code, imported.all());
        java.util.regex.Matcher saved = java.util.regex.Pattern.compile("Imported (\\d+) items into gathering " + id
                + " \"Console-import werkconferentie\" \\(2 rounds and 1 table added\\)").matcher(imported.out);
        assertTrue(saved.find(), imported.out);
        String page = admin.get(harvestPage).body();
        assertTrue(page.contains("Tot nu toe " + saved.group(1) + " items geoogst."), page);
        assertTrue(page.contains("Wat werkt al?") && page.contains("Welke goede voorbeelden kent u?"), page);
        assertTrue(page.contains("Eenzaamheid (bestaand)") && page.contains("Armoede"), "table 1 kept its topic");
        assertTrue(page.contains("Console-ontbijt op dinsdag.") && page.contains("De console-kledingbank."), page);
        assertTrue(page.contains("Georganiseerd door de console-test."), "the unrecognised line is kept as a note");
        assertEquals(Long.parseLong(saved.group(1)), sql("select count(*) from events.harvest_item where gathering_id = "
                + id + " and origin = 'IMPORTED' and author_name = 'Verslaglegger Console'"));

        assertEquals(2, console("import-report", report.toString(), "--gathering", "morgen", "--as", ADMIN).code);
        assertEquals(2, console("import-report", report.toString(), "--gathering", id, "--as", ADMIN, "--place",
                "Zwolle").code, "an existing gathering keeps its own place");
        Result wouldCreate = console("import-report", report.toString(), "--gathering", "new", "--as", ADMIN,
                "--dry-run");
        assertEquals(0, wouldCreate.code, wouldCreate.all());
        assertTrue(wouldCreate.out.contains("would add 9 items") && wouldCreate.out.contains("a new gathering"),
                wouldCreate.out);
        Result created = console("import-report", report.toString(), "--gathering", "new", "--as", ADMIN);
        assertEquals(0, created.code, created.all());
        java.util.regex.Matcher newId = java.util.regex.Pattern.compile("Imported 9 items into the new gathering"
                + " (\\d+) \"Werkconferentie Console").matcher(created.out);
        assertTrue(newId.find(), created.out);
        String newPage = admin.get("/bijeenkomsten/organisatie/oogst.xhtml?id=" + newId.group(1)).body();
        assertTrue(newPage.contains("Tot nu toe 9 items geoogst.") && newPage.contains("Armoede"), newPage);
        assertEquals(1, sql("select count(*) from events.gathering where id = " + newId.group(1)
                + " and status = 'CONCEPT' and starts_at::date = date '2024-10-03'"), "a concept on the report's date");

        Optional<Path> seeds = seeds();
        if (seeds.isPresent()) {
            long themeDay = fixtureGathering("Console-import MO-themadag", organiser, 0, null);
            Path seed;
            try (var files = Files.list(seeds.get())) {
                seed = files.filter(f -> f.getFileName().toString().startsWith("04-")).findFirst().orElseThrow();
            }
            Result fromSeed = console("import-report", seed.toString(), "--gathering", Long.toString(themeDay),
                    "--as", ADMIN, "--skip-unrecognised");
            assertEquals(0, fromSeed.code, fromSeed.all());
            assertTrue(fromSeed.out.contains("Rounds: 4") && fromSeed.out.contains("Not understood: 0 lines"),
                    fromSeed.out);
            java.util.regex.Matcher seedSaved = java.util.regex.Pattern.compile("Imported (\\d+) items")
                    .matcher(fromSeed.out);
            assertTrue(seedSaved.find(), fromSeed.out);
            assertTrue(Integer.parseInt(seedSaved.group(1)) > 100, fromSeed.out);
            assertTrue(admin.get("/bijeenkomsten/organisatie/oogst.xhtml?id=" + themeDay).body()
                    .contains("Tot nu toe " + seedSaved.group(1) + " items geoogst."));
        }
        assertTrue(outsider > 0);
    }

    /** A report in the shape of the seed reports; line 3 is the one line the importer cannot place. */
    private static final String REPORT = """
            Werkconferentie Console in Deventer, 3 oktober 2024

            Georganiseerd door de console-test.

            Ronde 1: Wat werkt al?

            Vraag: Welke goede voorbeelden kent u?

            Thematafel 1: Eenzaamheid
            Best practices:
            • Console-ontbijt op dinsdag.
            • De console-belronde bij 75-plussers.
            Rode draden
            • Rode draad 1: laagdrempelig beginnen.
            Kernboodschap
            • Gewoon aanbellen.

            Thematafel 2: Armoede
            Best practices:
            • De console-kledingbank.

            Ronde 2
            Casussen aan tafel

            Tafel 2
            Casus Console-buurthuis: het bestuur stopt en niemand neemt het over.
            Suggesties:
            - Koppel een mentor uit het oude bestuur aan het nieuwe.

            Het vervolg
            - Vervolgafspraak op 11 april in het buurthuis. Wie sluit aan?
            """;

    // --- helpers -------------------------------------------------------------------------------------------------

    private record Result(int code, String out, String err) {
        String all() {
            return "exit " + code + "\n" + out + "\n" + err;
        }
    }

    private static Result console(String... args) {
        return withInput(null, args);
    }

    /**
     * Runs the console as an administrator does: its own JVM from the launcher jar, on the installation's settings,
     * with {@code stdin} as its standard input (no terminal, so nothing can be confirmed interactively).
     */
    private static Result withInput(String stdin, String... args) {
        return run(stdin, Map.of(), args);
    }

    private static Result run(String stdin, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", LAUNCHER.toString(), Console.class.getName(),
                "-Dnetwerkplaats.data-dir=" + data, "-Dnetwerkplaats.port=" + port));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile(data, "out", ".txt");
            Path err = Files.createTempFile(data, "err", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().keySet().removeIf(k -> k.startsWith("NETWERKPLAATS_"));
            builder.environment().putAll(environment);
            Process process = builder.start();
            try (var in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write((stdin + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            assertTrue(process.waitFor(3, TimeUnit.MINUTES), "console finished");
            return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Process start() throws Exception {
        Path log = data.resolve("app-" + System.nanoTime() + ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dnetwerkplaats.port=" + port, "-Dnetwerkplaats.data-dir=" + data,
                "-Dnetwerkplaats.java-options=-Xmx512m", "-jar", LAUNCHER.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("launcher exited:\n" + Files.readString(log));
            }
            if (Files.readString(log).contains("Netwerkplaats is ready at")) {
                return process;
            }
            Thread.sleep(500);
        }
        process.destroy();
        throw new AssertionError("not ready in 3 minutes:\n" + Files.readString(log));
    }

    /** Fixture rows for what the console itself cannot make: a plain member, a gathering with an organiser. */
    private static long fixtureAccount(String email, String name) throws Exception {
        long id = sql("insert into network.account (email, display_name, password_hash, created_at, status)"
                + " values ('" + email + "', '" + name + "', 'x', now(), 'ACTIVE') returning id");
        sql("insert into network.account_role (account_id, role) values (" + id + ", 'MEMBER') returning account_id");
        return id;
    }

    private static long fixtureGathering(String title, long organiser, int tableNumber, String topic)
            throws Exception {
        long id = sql("insert into events.gathering (title, kind, starts_at, ends_at, venue_name, status)"
                + " values ('" + title + "', 'WERKCONFERENTIE', now() - interval '30 days',"
                + " now() - interval '30 days' + interval '4 hours', 'Deventer', 'CONCEPT') returning id");
        sql("insert into events.gathering_organiser (gathering_id, account_id) values (" + id + ", " + organiser
                + ") returning gathering_id");
        if (tableNumber > 0) {
            sql("insert into events.gathering_table (gathering_id, number, topic) values (" + id + ", " + tableNumber
                    + ", '" + topic + "') returning id");
        }
        return id;
    }

    /** One number from the installation's database (a count, or the id a {@code returning} gives). */
    private static long sql(String statement) throws Exception {
        Settings settings = new Settings(Map.of(Settings.DATA_DIR, data.toString()), Map.of());
        try (Installation installation = Installation.open(settings, new java.io.PrintWriter(System.err, true));
             java.sql.Connection connection = installation.connect();
             java.sql.Statement s = connection.createStatement();
             java.sql.ResultSet rs = s.executeQuery(statement)) {
            assertTrue(rs.next(), statement);
            return rs.getLong(1);
        }
    }

    /** The shared seed reports ({@code ../shared/seeds} beside the repository), when that folder exists. */
    private static Optional<Path> seeds() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        Path seeds = dir == null || dir.getParent() == null ? null : dir.getParent().resolve("shared").resolve("seeds");
        return seeds != null && Files.isDirectory(seeds) ? Optional.of(seeds) : Optional.empty();
    }

    private static Person signIn(String email, String password) throws Exception {
        return Person.signingIn("http://localhost:" + port, email, password);
    }

    private static boolean signedIn(Person person) throws Exception {
        return person.isSignedInAsAdministrator();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
