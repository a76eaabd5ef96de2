package nl.netwerkplaats.launcher.console;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own pg_dump and pg_restore, run against the installation's database. The connection goes through
 * the PG* environment variables, so the password never shows in the process list. A tool older than the server
 * cannot read it; that is checked first and said in one line.
 */
final class PostgresTools {

    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");
    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([^?]+).*");

    private final Path binDirectory;

    PostgresTools(Path binDirectory) {
        this.binDirectory = binDirectory;
    }

    String executable(String tool) {
        if (binDirectory != null) {
            Path path = binDirectory.resolve(tool);
            if (!Files.isExecutable(path)) {
                throw ConsoleProblem.unreachable(path + " is not there or not executable. Point --pg-bin at the folder"
                        + " with PostgreSQL's client programs.");
            }
            return path.toString();
        }
        return tool;
    }

    /** Fails unless the tool's major version is at least the server's. */
    void requireCompatible(String tool, Connection connection) throws SQLException {
        int server;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select current_setting('server_version_num')::int / 10000")) {
            rs.next();
            server = rs.getInt(1);
        }
        String versionLine = run(List.of(executable(tool), "--version"), Map.of(), tool).strip();
        Matcher matcher = VERSION.matcher(versionLine);
        if (!matcher.find()) {
            throw ConsoleProblem.unreachable("Cannot tell the version of " + tool + " from: " + versionLine);
        }
        int own = Integer.parseInt(matcher.group(1));
        if (own < server) {
            throw ConsoleProblem.unreachable(tool + " " + own + " cannot work with PostgreSQL " + server + ". Install the"
                    + " PostgreSQL " + server + " client programs (Debian: postgresql-client-" + server + ") and point"
                    + " --pg-bin at them.");
        }
    }

    /** PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD for the installation's JDBC URL. */
    static Map<String, String> environment(Installation installation) {
        Matcher m = JDBC.matcher(installation.url());
        if (!m.matches()) {
            throw ConsoleProblem.unreachable("Cannot read host, port and database from " + installation.url());
        }
        return Map.of("PGHOST", m.group(1), "PGPORT", m.group(2) == null ? "5432" : m.group(2),
                "PGDATABASE", URI.create("x:" + m.group(3)).getSchemeSpecificPart(),
                "PGUSER", installation.user(), "PGPASSWORD", installation.password(),
                "PGAPPNAME", "netwerkplaats-console");
    }

    /** Runs a tool to its end; its combined output is returned, and a failure becomes a {@link ConsoleProblem}. */
    static String run(List<String> command, Map<String, String> environment, String what) {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int exit = process.waitFor();
            if (exit != 0) {
                throw ConsoleProblem.failed(what + " failed (exit " + exit + "): " + lastLines(output));
            }
            return output;
        } catch (IOException e) {
            throw ConsoleProblem.unreachable("Cannot run " + command.get(0) + " (" + e.getMessage() + "). Install"
                    + " PostgreSQL's client programs (Debian: postgresql-client) or point --pg-bin at them.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ConsoleProblem.failed(what + " was interrupted");
        }
    }

    private static String lastLines(String output) {
        List<String> lines = output.strip().lines().toList();
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }
}
