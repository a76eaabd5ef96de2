package nl.netwerkplaats.knowledge.application;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import nl.netwerkplaats.kernel.persistence.SchemaMigrator;

/**
 * Brings the knowledge schema up to date, then catches up the theme labels with the network module. The catch-up
 * runs from a timer just after deployment, because the network module's schema is only certain to be ready once
 * every module has started, and start-up order across EJB modules is not guaranteed.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KnowledgeStartup {

    @Resource(lookup = "java:app/jdbc/netwerkplaats")
    private DataSource dataSource;

    @Resource
    private TimerService timers;

    @Inject
    private ThemeLabelProjector themeLabels;

    @PostConstruct
    void start() {
        SchemaMigrator.migrate(dataSource, "knowledge", KnowledgeStartup.class);
        timers.createSingleActionTimer(500, new TimerConfig("theme-label-catch-up", false));
    }

    @Timeout
    void catchUp() {
        themeLabels.projectAll();
    }
}
