package nl.netwerkplaats.micro;

import java.util.EnumMap;
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

/**
 * Test-only: a coordinator, a member whose profile shows some fields and hides others, and an organisation whose
 * texts carry HTML, for the browser tests of the network pages.
 */
@Startup
@Singleton
@DependsOn("NetworkStartup")
public class NetworkFixture {

    static final String COORDINATOR = "kaart-coordinator@netwerkplaats.test";
    static final String MEMBER = "kaart-lid@netwerkplaats.test";
    static final String OUTSIDER = "kaart-buitenstaander@netwerkplaats.test";
    static final String ADMIN = "kaart-postbeheerder@netwerkplaats.test";
    static final String PASSWORD = "een lang testwachtwoord voor het netwerk";
    static final String HIDDEN_BIO = "Geheimbio mantelzorgroute";
    static final String HIDDEN_EMAIL = MEMBER;
    static final String ORGANISATION = "Buurtcoöperatie <script>alert('x')</script> Oost";
    static final String VISIBLE_OFFER = "Zichtbaar aanbod taalmaatjes";

    @Inject
    private Accounts accounts;

    @Inject
    private Profiles profiles;

    @Inject
    private Organisations organisations;

    @PostConstruct
    void create() {
        if (accounts.findByEmail(MEMBER).isPresent()) {
            return;
        }
        accounts.createConfirmed("Cora Coördinator", COORDINATOR, PASSWORD, Set.of(Role.COORDINATOR));
        AccountView member = accounts.createConfirmed("Lies Lid", MEMBER, PASSWORD, Set.of());
        accounts.createConfirmed("Bas Buitenstaander", OUTSIDER, PASSWORD, Set.of());
        accounts.createConfirmed("Paula Postbeheerder", ADMIN, PASSWORD, Set.of(Role.ADMIN));
        Map<ProfileField, Audience> visibility = new EnumMap<>(ProfileField.class);
        visibility.put(ProfileField.NAME, Audience.VISITORS);
        visibility.put(ProfileField.OFFERS, Audience.VISITORS);
        visibility.put(ProfileField.BIO, Audience.NOBODY);
        visibility.put(ProfileField.EMAIL, Audience.NOBODY);
        profiles.update(member.id(), new ProfileUpdate("Lies Lid", NetworkRole.VOLUNTEER, "GM0150", HIDDEN_BIO,
                VISIBLE_OFFER, null, Set.of(), "nl", visibility));
        organisations.register(member.id(), new OrganisationDraft(ORGANISATION, OrganisationKind.RESIDENT_INITIATIVE,
                "<b>vet</b> & \"quotes\"", "Samenwerking met <img src=x onerror=alert(1)> bewoners", null, null, null,
                Set.of("GM0150"), Set.of()));
    }
}
