package nl.netwerkplaats.micro;

import java.util.EnumSet;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.Role;

/** Test-only: a coordinator and a plain member with known passwords, for the helpdesk and loket browser tests. */
@Startup
@Singleton
@DependsOn("NetworkStartup")
public class HelpdeskFixture {

    static final String COORDINATOR_EMAIL = "coordinator@netwerkplaats.test";
    static final String COORDINATOR_NAME = "Test Coördinator";
    static final String MEMBER_EMAIL = "lid-helpdesk@netwerkplaats.test";
    static final String MEMBER_NAME = "Test Lid";
    static final String PASSWORD = "een lang testwachtwoord voor de helpdesk";

    @Inject
    private Accounts accounts;

    @PostConstruct
    void createAccounts() {
        if (accounts.findByEmail(COORDINATOR_EMAIL).isEmpty()) {
            accounts.createConfirmed(COORDINATOR_NAME, COORDINATOR_EMAIL, PASSWORD, EnumSet.of(Role.COORDINATOR));
        }
        if (accounts.findByEmail(MEMBER_EMAIL).isEmpty()) {
            accounts.createConfirmed(MEMBER_NAME, MEMBER_EMAIL, PASSWORD, EnumSet.of(Role.MEMBER));
        }
    }
}
