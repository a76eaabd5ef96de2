package nl.netwerkplaats.launcher.console;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.Callable;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import nl.netwerkplaats.launcher.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Asks the running installation how it is ({@code /health/live} and {@code /health/ready}, MicroProfile Health) and
 * shows each check; with {@code --database} also the database's schema versions. Exit 0 when everything is UP,
 * 1 when something is DOWN, 3 when the installation does not answer.
 */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = {"Shows whether the running installation is live and ready, check by check.",
                "Exit code 0: all UP; 1: something DOWN; 3: no answer."})
final class HealthCommand implements Callable<Integer> {

    @ParentCommand
    Console console;

    @Option(names = "--url", description = "the server's own address, not the proxy's (default: http://localhost:"
            + "<netwerkplaats.port>/)")
    URI url;

    @Option(names = "--database", description = "also connect to the database and show the schema versions")
    boolean database;

    @Override
    public Integer call() throws SQLException {
        Settings settings = console.settings();
        URI base = url != null ? url : URI.create("http://localhost:" + settings.port() + "/");
        PrintWriter out = console.out();
        boolean up = probe(base.resolve("/health/live"), "live", out) & probe(base.resolve("/health/ready"), "ready", out);
        if (database) {
            try (Installation installation = console.installation(); Connection connection = installation.connect();
                 Statement s = connection.createStatement()) {
                for (String schema : ExportCommand.SCHEMAS) {
                    try (ResultSet rs = s.executeQuery("select max(version::int) from " + schema
                            + ".flyway_history where success")) {
                        rs.next();
                        out.println("schema " + schema + ": version " + rs.getInt(1));
                    }
                }
            }
        }
        out.println(up ? "Netwerkplaats at " + base + " is UP." : "Netwerkplaats at " + base + " is DOWN.");
        return up ? 0 : ConsoleProblem.FAILED;
    }

    private static boolean probe(URI uri, String name, PrintWriter out) {
        HttpResponse<String> response;
        try {
            response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                    .send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw ConsoleProblem.unreachable("No answer from " + uri + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). Is Netwerkplaats running? Give its"
                    + " own address with --url.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ConsoleProblem.unreachable("Interrupted while asking " + uri);
        }
        JsonObject health;
        try {
            health = Json.createReader(new StringReader(response.body())).readObject();
        } catch (JsonException | ClassCastException e) {
            throw ConsoleProblem.unreachable(uri + " answered HTTP " + response.statusCode()
                    + " without a health report. Give the server's own address with --url (a proxy may hide /health).");
        }
        String status = health.getString("status", "UNKNOWN");
        out.println(name + ": " + status);
        for (JsonValue check : health.getJsonArray("checks") == null ? java.util.List.<JsonValue>of()
                : health.getJsonArray("checks")) {
            JsonObject c = check.asJsonObject();
            out.println("  " + c.getString("name", "?") + ": " + c.getString("status", "?"));
        }
        return "UP".equals(status);
    }
}
