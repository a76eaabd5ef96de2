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
