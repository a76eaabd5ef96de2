package nl.netwerkplaats.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server process whose files live in the data directory, so the data survives a restart. It
 * listens on localhost only and trusts local connections, as a desktop database would.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "netwerkplaats";
    public static final String USER = "postgres";
    /** The major version of the bundled server, equal to Debian 12's pg_dump so that backups work. */
    public static final String MAJOR_VERSION = "15";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(Path dataDirectory) {
        Path pgData = dataDirectory.resolve("postgres");
        try {
            Files.createDirectories(pgData);
        } catch (IOException e) {
            throw new StartupProblem("Cannot create the data directory " + pgData + " (" + e.getMessage() + "). Set "
                    + Settings.describe(Settings.DATA_DIR) + " to a folder you may write to.", e);
        }
        if (!Files.isWritable(pgData)) {
            throw new StartupProblem("The data directory " + pgData + " is not writable. Set "
                    + Settings.describe(Settings.DATA_DIR) + " to a folder you may write to.");
        }
        requireOwnVersion(pgData);
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "localhost")
                    // Beyond PostgreSQL's small defaults, for a knowledge bank of up to a million items on one
                    // machine; docs/install-payara-server.md gives the same advice for an external database.
                    .setServerConfig("shared_buffers", sharedBuffers())
                    .setServerConfig("effective_cache_size", "2GB")
                    .setServerConfig("random_page_cost", "1.1")
                    .setServerConfig("jit", "off")
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(postgres);
            database.createDatabaseIfMissing();
            return database;
        } catch (IOException | SQLException | RuntimeException e) {
            throw new StartupProblem("The embedded PostgreSQL did not start with data in " + pgData + ": "
                    + e.getMessage() + ". Is another Netwerkplaats using this data directory? Stop it, or set "
                    + Settings.describe(Settings.DATA_DIR) + " to another folder.", e);
        }
    }

    /**
     * PostgreSQL's own page cache: an eighth of the machine's memory (the application server and the operating
     * system's file cache need the rest), at least 128 MB and at most 2 GB. The knowledge search's entries and their
     * indexes are about 1.3 GB at a million items; pages read from this cache cost a fraction of those read from the
     * operating system's.
     */
    static String sharedBuffers() {
        long memory = 0;
        if (java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize();
        }
        long megabytes = Math.max(128, Math.min(2048, memory / 8 / 1024 / 1024));
        return megabytes + "MB";
    }

    /** Data written by another PostgreSQL major version cannot be opened; say so instead of a server log. */
    private static void requireOwnVersion(Path pgData) {
        Path versionFile = pgData.resolve("PG_VERSION");
        if (!Files.isRegularFile(versionFile)) {
            return;
        }
        String version;
        try {
            version = Files.readString(versionFile).strip();
        } catch (IOException e) {
            return; // the server will report what is wrong
        }
        if (!MAJOR_VERSION.equals(version)) {
            throw new StartupProblem("The data in " + pgData + " was written by PostgreSQL " + version
                    + ", but Netwerkplaats now embeds PostgreSQL " + MAJOR_VERSION + ". Move that folder aside to start"
                    + " afresh, or set " + Settings.describe(Settings.DATA_DIR) + " to another folder.");
        }
    }

    private void createDatabaseIfMissing() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    s.execute("create database " + DATABASE);
                }
            }
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("Netwerkplaats: the embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
