package nl.netwerkplaats.kernel.persistence;

import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings one module's schema up to date with the Flyway migrations in that module's jar.
 *
 * <p>Each module owns one PostgreSQL schema and keeps its own history table in it, so modules migrate
 * independently and a module can be read without the others.
 */
public final class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    private SchemaMigrator() {
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).lines().findFirst().orElse("").strip();
    }

    /**
     * @param schema     the module's schema, e.g. {@code network}
     * @param moduleType any class of the module, whose class loader sees its {@code db/<schema>} migrations
     */
    public static MigrateResult migrate(DataSource dataSource, String schema, Class<?> moduleType) {
        MigrateResult result;
        try {
            result = Flyway.configure(moduleType.getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .defaultSchema(schema)
                .createSchemas(true)
                .table("flyway_history")
                .locations("classpath:db/" + schema)
                .load()
                .migrate();
        } catch (FlywayException e) {
            String line = "Netwerkplaats cannot prepare database schema '" + schema + "': " + rootMessage(e)
                    + " - check the settings netwerkplaats.db.url, netwerkplaats.db.user and netwerkplaats.db.password"
                    + " (NETWERKPLAATS_DB_URL, _USER, _PASSWORD).";
            LOG.severe(line);
            throw new IllegalStateException(line, e);
        }
        LOG.info(() -> "Schema " + schema + ": " + result.migrationsExecuted + " migration(s) applied, now at version "
                + result.targetSchemaVersion);
        return result;
    }
}
