package nl.netwerkplaats.web.config;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one connection pool every module's persistence unit uses. The values come from MicroProfile Config, so the
 * environment ({@code NETWERKPLAATS_DB_URL}, {@code _USER}, {@code _PASSWORD}) or system properties set them; the
 * launcher sets them for its embedded PostgreSQL.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/netwerkplaats",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=netwerkplaats.db.url}",
        user = "${MPCONFIG=netwerkplaats.db.user}",
        password = "${MPCONFIG=netwerkplaats.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32)
@ApplicationScoped
public class DataSourceConfiguration {
}
