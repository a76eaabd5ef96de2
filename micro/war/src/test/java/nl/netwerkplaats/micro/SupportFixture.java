package nl.netwerkplaats.micro;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.Audience;
import nl.netwerkplaats.network.api.NetworkRole;
import nl.netwerkplaats.network.api.OrganisationDraft;
import nl.netwerkplaats.network.api.OrganisationKind;
import nl.netwerkplaats.network.api.Organisations;
import nl.netwerkplaats.network.api.ProfileField;
import nl.netwerkplaats.network.api.ProfileUpdate;
import nl.netwerkplaats.network.api.Profiles;
import nl.netwerkplaats.network.api.Role;
import nl.netwerkplaats.network.api.ThemeCatalog;

/**
 * Test-only: for the support marketplace's browser tests, a coordinator, a member who asks, a student, and a
 * member who runs a cooking café in Deventer on loneliness (the party the matching should put first).
 */
@Startup
@Singleton
@DependsOn("NetworkStartup")
public class SupportFixture {

    /** A second coordinator, to be named contact person by the first. */
    static final String COLLEAGUE = "steun-collega@netwerkplaats.test";
    static final String COLLEAGUE_NAME = "Steun Collega";
    static final String COORDINATOR = "steun-coordinator@netwerkplaats.test";
    static final String COORDINATOR_NAME = "Steun Coördinator";
    static final String ASKER = "steun-lid@netwerkplaats.test";
    /** Its own administrator, so no other test's use of the shared one can get in the way. */
    static final String ADMIN = "steun-beheerder@netwerkplaats.test";
    static final String HELPER = "steun-helper@netwerkplaats.test";
    static final String STUDENT = "steun-student@netwerkplaats.test";
    static final String STUDENT_NAME = "Steun Student";
    static final String ORGANISATION = "Kookcafé De Steun";
    static final String THEME = "Eenzaamheid";
    static final String PASSWORD = "een lang testwachtwoord voor steun";

    @Inject
    private Accounts accounts;

    @Inject
    private Organisations organisations;

    @Inject
    private ThemeCatalog themes;

    @Inject
    private Profiles profiles;

    @PostConstruct
    void create() {
        if (accounts.findByEmail(COORDINATOR).isPresent()) {
            return;
        }
        accounts.createConfirmed(COORDINATOR_NAME, COORDINATOR, PASSWORD, EnumSet.of(Role.COORDINATOR));
        accounts.createConfirmed(COLLEAGUE_NAME, COLLEAGUE, PASSWORD, EnumSet.of(Role.COORDINATOR));
        accounts.createConfirmed("Steun Lid", ASKER, PASSWORD, EnumSet.of(Role.MEMBER));
        accounts.createConfirmed("Steun Beheerder", ADMIN, PASSWORD, EnumSet.of(Role.ADMIN));
        AccountView helper = accounts.createConfirmed("Steun Helper", HELPER, PASSWORD, EnumSet.of(Role.MEMBER));
        long loneliness = themes.activeThemes().stream().filter(t -> t.nameNl().equals(THEME)).findFirst()
                .orElseThrow().id();
        AccountView student = accounts.createConfirmed(STUDENT_NAME, STUDENT, PASSWORD, EnumSet.of(Role.MEMBER));
        profiles.update(student.id(), new ProfileUpdate(STUDENT_NAME, NetworkRole.STUDENT, "GM0193", null, null, null,
                Set.of(loneliness), "nl", Map.of(ProfileField.NAME, Audience.MEMBERS)));
        organisations.register(helper.id(), new OrganisationDraft(ORGANISATION, OrganisationKind.CIVIL_SOCIETY,
                "Samen koken en eten in de wijk.", "Wij koken maaltijden met en voor eenzame ouderen.", null, null,
                null, Set.of("GM0150"), Set.of(loneliness)));
    }
}
