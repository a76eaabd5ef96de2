package nl.netwerkplaats.micro;

import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.GroupAdmission;
import nl.netwerkplaats.network.api.GroupDraft;
import nl.netwerkplaats.network.api.GroupView;
import nl.netwerkplaats.network.api.Groups;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeView;

/**
 * Test-only: members with known passwords and two groups on one theme, for the browser tests of
 * {@link GroupsIT}. The group's name carries HTML, which the pages must show as text.
 */
@Startup
@Singleton
@DependsOn("NetworkStartup")
public class GroupsFixture {

    static final String PASSWORD = "een lang testwachtwoord voor groepen";
    static final String OWNER_EMAIL = "groepsbeheerder@netwerkplaats.test";
    static final String OWNER_NAME = "Gerda Groepsbeheerder";
    static final String JOINER_EMAIL = "groepslid@netwerkplaats.test";
    static final String JOINER_NAME = "Jan Aansluiter";
    static final String MEMBER_NAME = "Mieke Zichtbaar-Alleen-Voor-Leden";
    /** A starting theme that no other test puts groups on, so the theme filter shows just these. */
    static final String THEME_CODE = "mantelzorg";
    static final String GROUP_NAME = "<b>Buurtkring</b> & <script>alert('x')</script>";
    static final String CLOSED_CIRCLE_NAME = "Kring op uitnodiging";

    @Inject
    private Accounts accounts;

    @Inject
    private ThemeCatalog themes;

    @Inject
    private Groups groups;

    @PostConstruct
    void createMembersAndAGroup() {
        if (accounts.findByEmail(OWNER_EMAIL).isPresent()) {
            return;
        }
        AccountView owner = accounts.createConfirmed(OWNER_NAME, OWNER_EMAIL, PASSWORD, Set.of());
        accounts.createConfirmed(JOINER_NAME, JOINER_EMAIL, PASSWORD, Set.of());
        AccountView member = accounts.createConfirmed(MEMBER_NAME, "groepslid-2@netwerkplaats.test", PASSWORD, Set.of());
        ThemeView theme = themes.activeThemes().stream().filter(t -> t.code().equals(THEME_CODE)).findFirst()
                .orElseThrow();
        GroupView group = groups.start(owner.id(), new GroupDraft(GROUP_NAME, theme.id(), "Hoe vinden buren elkaar?",
                "Elke maand <em>samen</em> koken.\nEn daarna afwassen.", null, GroupAdmission.OPEN));
        groups.join(member.id(), group.id());
        GroupView circle = groups.start(owner.id(), new GroupDraft(CLOSED_CIRCLE_NAME, theme.id(), null,
                "Vertrouwelijk ervaringen delen", null, GroupAdmission.ON_APPROVAL));
        groups.join(member.id(), circle.id());
    }
}
