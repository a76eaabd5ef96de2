package nl.netwerkplaats.micro;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import nl.netwerkplaats.network.api.Accounts;

/** Test-only: an administrator with a known password, added to the deployment of the browser tests. */
@Startup
@Singleton
@DependsOn("NetworkStartup")
public class AdminFixture {

    static final String EMAIL = "beheerder@netwerkplaats.test";
    static final String PASSWORD = "een lang testwachtwoord voor de browser";

    @Inject
    private Accounts accounts;

    @PostConstruct
    void createAdministrator() {
        if (accounts.findByEmail(EMAIL).isEmpty()) {
            accounts.createAdmin("Test Beheerder", EMAIL, PASSWORD);
        }
    }
}
