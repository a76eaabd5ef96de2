package nl.netwerkplaats.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.ActionNotAllowedException;
import nl.netwerkplaats.network.api.Audience;
import nl.netwerkplaats.network.api.HelpKind;
import nl.netwerkplaats.network.api.NetworkRole;
import nl.netwerkplaats.network.api.Outbox;
import nl.netwerkplaats.network.api.PartyKind;
import nl.netwerkplaats.network.api.ProfileField;
import nl.netwerkplaats.network.api.ProfileUpdate;
import nl.netwerkplaats.network.api.Profiles;
import nl.netwerkplaats.network.api.Role;
import nl.netwerkplaats.network.api.Support;
import nl.netwerkplaats.network.api.Support.PartyRef;
import nl.netwerkplaats.network.api.SupportRequestDraft;
import nl.netwerkplaats.network.api.SupportRequestView;
import nl.netwerkplaats.network.api.SupportStatus;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeView;
import nl.netwerkplaats.network.api.Urgency;

/**
 * The setting {@code netwerkplaats.support.requester-links} switched on (SupportIT covers it off, the default): this
 * deployment carries it in its own MicroProfile Config file, the way an installation would set it, so no other test
 * sees it and no cached value of another deployment is read.
 */
@ExtendWith(ArquillianExtension.class)
class RequesterLinksIT {

    private static final String PASSWORD = "een lange zin als wachtwoord voor koppelen";

    @Deployment
    static WebArchive deployment() {
        return Deployments.netwerkplaats().addClasses(RequesterLinksIT.class)
                .addAsResource(new StringAsset("netwerkplaats.support.requester-links=true\n"),
                        "META-INF/microprofile-config.properties");
    }

    @Inject
    private Support support;

    @Inject
    private Accounts accounts;

    @Inject
    private Profiles profiles;

    @Inject
    private ThemeCatalog themes;

    @Inject
    private Outbox outbox;

    @Test
    void whenEnabledTheRequesterLinksTheirOwnRequestButNobodyElses() {
        ThemeView theme = themes.add("Koppelthema " + UUID.randomUUID(), null);
        AccountView asker = account("Vera Vrager", Role.MEMBER);
        AccountView stranger = account("Siem Stranger", Role.MEMBER);
        AccountView coordinator = account("Coby Coördinator", Role.COORDINATOR);
        AccountView helper = account("Harm Helper", Role.MEMBER);
        profiles.update(helper.id(), new ProfileUpdate("Harm Helper", NetworkRole.VOLUNTEER, "GM0150", null,
                "Boodschappen doen", null, Set.of(theme.id()), "nl", Map.of(ProfileField.NAME, Audience.MEMBERS)));
        SupportRequestView request = support.ask(asker.id(), new SupportRequestDraft("Hulp bij boodschappen",
                "Wie doet wekelijks boodschappen met mij?", null, Set.of(theme.id()), "GM0150", Urgency.NORMAL,
                Set.of(HelpKind.HANDS), null));

        assertTrue(support.mayLink(asker.id(), request.id()), "the setting is on in this deployment");
        assertFalse(support.mayLink(stranger.id(), request.id()), "only for their own request");
        assertThrows(ActionNotAllowedException.class, () -> support.link(stranger.id(), request.id(),
                List.of(new PartyRef(PartyKind.PERSON, helper.id())), stranger.id()));
        Map<Long, String> contacts = support.contactPersons(asker.id(), request.id());
        assertEquals(asker.id(), contacts.keySet().iterator().next(), "the requester may follow it up themselves");
        assertTrue(contacts.containsKey(coordinator.id()), "or name a coordinator");
        assertThrows(ActionNotAllowedException.class, () -> support.contactPersons(stranger.id(), request.id()));

        SupportRequestView linked = support.link(asker.id(), request.id(),
                List.of(new PartyRef(PartyKind.PERSON, helper.id())), asker.id());
        assertEquals(SupportStatus.LINKED, linked.status());
        assertEquals("Vera Vrager", linked.contactPersonName());
        assertTrue(outbox.newestTo(helper.email(), 10).stream()
                .anyMatch(m -> m.subject().equals("Kun jij helpen? Hulpvraag: Hulp bij boodschappen")),
                "the party is mailed as when a coordinator links");
        assertEquals(List.of("POSTED", "LINKED", "CONTACT"),
                linked.history().stream().map(e -> e.kind()).toList());
    }

    private AccountView account(String name, Role role) {
        return accounts.createConfirmed(name, "koppel-" + UUID.randomUUID() + "@example.org", PASSWORD,
                EnumSet.of(role));
    }
}
