package nl.netwerkplaats.launcher.console;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

import nl.netwerkplaats.launcher.DatabaseCheck;
import nl.netwerkplaats.launcher.EmbeddedDatabase;
import nl.netwerkplaats.launcher.Settings;
import nl.netwerkplaats.launcher.StartupProblem;

/**
 * The installation a console command works on, found the way the application finds its database: the configured
 * PostgreSQL ({@code NETWERKPLAATS_DB_URL}), or else the embedded one in the data directory. When the embedded
 * database runs (Netwerkplaats is up) the console connects to it at the port PostgreSQL wrote into
 * {@code postmaster.pid}; when it does not, the console starts it for the length of the command.
 */
final class Installation implements AutoCloseable {

    private final Settings settings;
    private final String url;
    private final String user;
    private final String password;
    private final boolean embeddedRunning;
    private final EmbeddedDatabase startedHere;

    private Installation(Settings settings, String url, String user, String password, boolean embeddedRunning,
                         EmbeddedDatabase startedHere) {
        this.settings = settings;
        this.url = url;
        this.user = user;
        this.password = password;
        this.embeddedRunning = embeddedRunning;
        this.startedHere = startedHere;
    }

    static Installation open(Settings settings, PrintWriter err) {
        if (settings.get(Settings.DB_URL).isPresent()) {
            String url = settings.get(Settings.DB_URL).get();
            String user = settings.get(Settings.DB_USER).orElseThrow(() -> ConsoleProblem.unreachable(
                    Settings.describe(Settings.DB_URL) + " is set but " + Settings.describe(Settings.DB_USER)
                            + " is not. Set the database user too."));
            return new Installation(settings, url, user, settings.get(Settings.DB_PASSWORD).orElse(""), false, null);
        }
        Path pgData = settings.dataDirectory().resolve("postgres");
        if (!Files.isRegularFile(pgData.resolve("PG_VERSION"))) {
            throw ConsoleProblem.unreachable("There is no Netwerkplaats database in " + pgData + ". Start Netwerkplaats"
                    + " once (./netwerkplaats), set " + Settings.describe(Settings.DATA_DIR) + " to its data folder, or"
                    + " set " + Settings.describe(Settings.DB_URL) + " for an installation with its own PostgreSQL.");
        }
        Path pid = pgData.resolve("postmaster.pid");
        if (Files.isRegularFile(pid)) {
            String url = "jdbc:postgresql://localhost:" + port(pid) + "/" + EmbeddedDatabase.DATABASE;
            return new Installation(settings, url, EmbeddedDatabase.USER, EmbeddedDatabase.USER, true, null);
        }
        err.println("Netwerkplaats is not running; starting its embedded PostgreSQL for this command ...");
        err.flush();
        try {
            EmbeddedDatabase database = EmbeddedDatabase.start(settings.dataDirectory());
            return new Installation(settings, database.jdbcUrl(), EmbeddedDatabase.USER, EmbeddedDatabase.USER,
                    false, database);
        } catch (StartupProblem e) {
            throw ConsoleProblem.unreachable(e.getMessage());
        }
    }

    /** postmaster.pid: line 1 the process id, line 4 the port. */
    private static int port(Path pid) {
        try {
            List<String> lines = Files.readAllLines(pid);
            return Integer.parseInt(lines.get(3).strip());
        } catch (IOException | RuntimeException e) {
            throw ConsoleProblem.unreachable("Cannot read the port of the running embedded PostgreSQL from " + pid
                    + " (" + e.getMessage() + ").");
        }
    }

    Connection connect() {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("ApplicationName", "netwerkplaats-console");
        try {
            Connection connection = DriverManager.getConnection(url, properties);
            requireSchema(connection);
            return connection;
        } catch (SQLException e) {
            throw new ConsoleProblem(ConsoleProblem.UNREACHABLE, DatabaseCheck.explain(e, url, user), e);
        }
    }

    private static void requireSchema(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select to_regclass('network.account') is not null")) {
            rs.next();
            if (!rs.getBoolean(1)) {
                connection.close();
                throw ConsoleProblem.unreachable("The database has no Netwerkplaats tables yet. Start Netwerkplaats once"
                        + " against it, so that it creates them.");
            }
        }
    }

    /** True when the application is (most likely) using this database right now. */
    boolean embeddedInUse() {
        return embeddedRunning;
    }

    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    @Override
    public void close() {
        if (startedHere != null) {
            startedHere.close();
        }
    }
}
