package nl.netwerkplaats.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts one real PostgreSQL server process for a whole test run, before any test class (and so before Arquillian
 * boots Payara Micro), and stops it when the run ends. Nothing needs to be installed: the server binaries come
 * from Maven Central.
 *
 * <p>The connection settings are published as system properties ({@code netwerkplaats.test.db.url}, {@code .user},
 * {@code .password}), which arquillian.xml passes on to the Payara Micro JVM.
 */
public class TestDatabase implements LauncherSessionListener {

    public static final String URL = "netwerkplaats.test.db.url";
    public static final String USER = "netwerkplaats.test.db.user";
    public static final String PASSWORD = "netwerkplaats.test.db.password";
    private static final String DATABASE = "netwerkplaats";

    private EmbeddedPostgres postgres;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty(URL) != null) {
            return; // a database was given from outside
        }
        try {
            Path dataDirectory = Files.createTempDirectory("netwerkplaats-test-pg");
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(true)
                    .start();
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("create database " + DATABASE);
            }
            System.setProperty(URL, postgres.getJdbcUrl("postgres", DATABASE));
            System.setProperty(USER, "postgres");
            System.setProperty(PASSWORD, "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the test PostgreSQL", e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
