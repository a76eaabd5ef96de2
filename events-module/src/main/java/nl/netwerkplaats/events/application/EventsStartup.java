package nl.netwerkplaats.events.application;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import nl.netwerkplaats.kernel.persistence.SchemaMigrator;

/** Brings the events schema up to date before anything uses it. */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class EventsStartup {

    @Resource(lookup = "java:app/jdbc/netwerkplaats")
    private DataSource dataSource;

    @PostConstruct
    void start() {
        SchemaMigrator.migrate(dataSource, "events", EventsStartup.class);
    }
}
