package nl.netwerkplaats.network.application;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.netwerkplaats.kernel.persistence.SchemaMigrator;
import nl.netwerkplaats.network.api.Accounts;

/**
 * Brings the network schema up to date, then, while the installation has no administrator, prints the one-time
 * link that creates one. Whoever can read the server console is trusted to set up the installation.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NetworkStartup {

    private static final Logger LOG = Logger.getLogger(NetworkStartup.class.getName());

    @Resource(lookup = "java:app/jdbc/netwerkplaats")
    private DataSource dataSource;

    @Inject
    private Accounts accounts;

    @Inject
    @ConfigProperty(name = "netwerkplaats.base-url", defaultValue = "http://localhost:8080/")
    private String baseUrl;

    @PostConstruct
    void start() {
        SchemaMigrator.migrate(dataSource, "network", NetworkStartup.class);
        accounts.issueAdminSetupToken().ifPresent(token -> LOG.warning(() ->
                "Netwerkplaats has no administrator yet. Create one within 24 hours at: "
                        + baseUrl.replaceAll("/+$", "") + "/setup.xhtml?token=" + token));
    }
}
