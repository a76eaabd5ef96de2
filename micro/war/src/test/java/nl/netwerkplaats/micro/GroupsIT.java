package nl.netwerkplaats.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.Audience;
import nl.netwerkplaats.network.api.AuditEntryView;
import nl.netwerkplaats.network.api.AuditLog;
import nl.netwerkplaats.network.api.GroupActionNotAllowedException;
import nl.netwerkplaats.network.api.GroupAdmission;
import nl.netwerkplaats.network.api.GroupDraft;
import nl.netwerkplaats.network.api.GroupDraftProblem;
import nl.netwerkplaats.network.api.GroupMemberView;
import nl.netwerkplaats.network.api.GroupNotActiveException;
import nl.netwerkplaats.network.api.GroupStanding;
import nl.netwerkplaats.network.api.GroupStatus;
import nl.netwerkplaats.network.api.GroupSummary;
import nl.netwerkplaats.network.api.GroupView;
import nl.netwerkplaats.network.api.Groups;
import nl.netwerkplaats.network.api.InvalidGroupDraftException;
import nl.netwerkplaats.network.api.ProfileField;
import nl.netwerkplaats.network.api.ProfileUpdate;
import nl.netwerkplaats.network.api.Profiles;
import nl.netwerkplaats.network.api.Role;
import nl.netwerkplaats.network.api.SoleOwnerCannotLeaveException;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeView;

/**
 * Groups end to end. The tests without {@code @RunAsClient} run inside Payara Micro against PostgreSQL through the
 * {@link Groups} API; the others drive headless Chromium with axe-core (WCAG 2.1 AA) on every page, as visitors and
 * as the members of {@link GroupsFixture}. All Selenium code sits in {@link Pages}, which the container never loads.
 */
@ExtendWith(ArquillianExtension.class)
class GroupsIT {

    private static final String PASSWORD = "een lang genoeg wachtwoord";

    @Deployment
    static WebArchive deployment() {
        return Deployments.netwerkplaats().addClasses(GroupsIT.class, GroupsFixture.class);
    }

    @Inject
    private Groups groups;

    @Inject
    private Accounts accounts;

    @Inject
    private Profiles profiles;

    @Inject
    private ThemeCatalog themes;

    @Inject
    private AuditLog audit;

    @Resource(lookup = "java:app/jdbc/netwerkplaats")
    private DataSource dataSource;

    private static Pages pages;

    @BeforeAll
    static void startBrowser() throws Exception {
        pages = new Pages();
    }

    @AfterAll
    static void stopBrowser() {
        if (pages != null) {
            pages.close();
        }
    }

    // ---------------------------------------------------------------- in the container, through the API

    @Test
    void memberJoinsOpenGroupAndAppearsInItsMemberList() {
        AccountView owner = member("Olga Eigenaar");
        AccountView anna = member("Anna Aansluiter");
        GroupView group = groups.start(owner.id(), draft("Open tafel", GroupAdmission.OPEN));
        assertEquals(1, group.memberCount());

        assertEquals(GroupStanding.MEMBER, groups.join(anna.id(), group.id()));

        assertEquals(2, groups.find(group.id()).orElseThrow().memberCount());
        List<GroupMemberView> members = groups.members(anna.id(), group.id());
        assertEquals(List.of("Olga Eigenaar", "Anna Aansluiter"), members.stream().map(GroupMemberView::displayName).toList(),
                "owners first");
        assertTrue(members.get(0).owner());
        assertTrue(groups.groupsOf(anna.id()).stream().anyMatch(g -> g.id() == group.id()));
    }

    @Test
    void membersSeeEachOthersNamesWhileOutsidersSeeOnlyNamesOpenedToMembers() {
        AccountView owner = member("Gerrit Groepseigenaar");
        AccountView open = member("Olivier Openbaar");
        AccountView shy = member("Sanne Schuchter");
        AccountView outsider = member("Noor Nieuwsgierig");
        profiles.update(open.id(), new ProfileUpdate("Olivier Openbaar", null, null, null, null, null, Set.of(), "nl",
                Map.of(ProfileField.NAME, Audience.MEMBERS)));
        GroupView group = groups.start(owner.id(), draft("Namen in de kring", GroupAdmission.OPEN));
        groups.join(open.id(), group.id());
        groups.join(shy.id(), group.id());

        assertEquals(List.of("Gerrit Groepseigenaar", "Olivier Openbaar", "Sanne Schuchter"),
                names(groups.members(shy.id(), group.id())), "a member sees every member's name");
        List<GroupMemberView> seenFromOutside = groups.members(outsider.id(), group.id());
        assertEquals(3, seenFromOutside.size());
        assertEquals(List.of("Olivier Openbaar"), seenFromOutside.stream().filter(GroupMemberView::named)
                .map(GroupMemberView::displayName).toList(), "an outsider sees only the name opened to members");
        assertFalse(seenFromOutside.get(0).named(), "the owner comes first, unnamed");
    }

    @Test
    void joiningAGroupOnApprovalWaitsForTheOwner() {
        AccountView owner = member("Pieter Poortwachter");
        AccountView bas = member("Bas Belangstellend");
        AccountView stranger = member("Sem Buitenstaander");
        GroupView group = groups.start(owner.id(), draft("Kleine kring", GroupAdmission.ON_APPROVAL));

        assertEquals(GroupStanding.PENDING, groups.join(bas.id(), group.id()));
        assertEquals(1, groups.find(group.id()).orElseThrow().memberCount());
        assertFalse(names(groups.members(owner.id(), group.id())).contains("Bas Belangstellend"));
        assertEquals(List.of("Bas Belangstellend"), names(groups.pendingRequests(owner.id(), group.id())));
        assertThrows(GroupActionNotAllowedException.class, () -> groups.pendingRequests(bas.id(), group.id()));
        assertThrows(GroupActionNotAllowedException.class, () -> groups.approve(stranger.id(), group.id(), bas.id()));

        groups.approve(owner.id(), group.id(), bas.id());

        assertEquals(GroupStanding.MEMBER, groups.standing(bas.id(), group.id()));
        assertTrue(names(groups.members(bas.id(), group.id())).contains("Bas Belangstellend"));
        assertTrue(groups.pendingRequests(owner.id(), group.id()).isEmpty());
    }

    @Test
    void memberCannotChangeAnotherOwnersGroup() {
        AccountView owner = member("Eva Eigenaar");
        AccountView other = member("Ode Ander");
        GroupView group = groups.start(owner.id(), draft("Van Eva", GroupAdmission.OPEN));
        groups.join(other.id(), group.id());

        assertThrows(GroupActionNotAllowedException.class,
                () -> groups.change(other.id(), group.id(), draft("Gekaapt", GroupAdmission.OPEN)));
        assertThrows(GroupActionNotAllowedException.class, () -> groups.close(other.id(), group.id()));
        assertThrows(GroupActionNotAllowedException.class, () -> groups.removeMember(other.id(), group.id(), owner.id()));
        assertThrows(GroupActionNotAllowedException.class, () -> groups.makeOwner(other.id(), group.id(), other.id()));
        assertThrows(GroupActionNotAllowedException.class, () -> groups.linkGathering(other.id(), group.id(), 5));
        assertThrows(GroupActionNotAllowedException.class, () -> groups.start(-1, draft("Niemand", GroupAdmission.OPEN)));

        GroupView unchanged = groups.find(group.id()).orElseThrow();
        assertEquals("Van Eva", unchanged.name());
        assertEquals(GroupStatus.ACTIVE, unchanged.status());
        assertTrue(unchanged.gatheringIds().isEmpty());
        assertEquals(GroupStanding.MEMBER, groups.standing(other.id(), group.id()));

        groups.change(owner.id(), group.id(), draft("Van Eva, hernoemd", GroupAdmission.ON_APPROVAL));
        assertEquals("Van Eva, hernoemd", groups.find(group.id()).orElseThrow().name());
    }

    @Test
    void coordinatorRemovesAMemberAndClosesAGroupAndTheAuditLogSaysSo() {
        AccountView owner = member("Rik Runner");
        AccountView member = member("Mo Meedoener");
        AccountView coordinator = accounts.createConfirmed("Cor Coördinator", email(), PASSWORD, Set.of(Role.COORDINATOR));
        GroupView group = groups.start(owner.id(), draft("Onder toezicht", GroupAdmission.OPEN));
        groups.join(member.id(), group.id());

        groups.removeMember(coordinator.id(), group.id(), member.id());
        groups.close(coordinator.id(), group.id());

        assertEquals(GroupStanding.NONE, groups.standing(member.id(), group.id()));
        assertEquals(GroupStatus.CLOSED, groups.find(group.id()).orElseThrow().status());
        List<AuditEntryView> removals = audit.search("group.member-removed", coordinator.id(), 0, 10);
        assertEquals(1, removals.size());
        assertEquals("group", removals.get(0).subjectType());
        assertEquals(group.id(), removals.get(0).subjectId());
        assertEquals(1, audit.search("group.closed", coordinator.id(), 0, 10).size());

        // What owners do to their own group is theirs, not the audit log's.
        GroupView own = groups.start(owner.id(), draft("Eigen beheer", GroupAdmission.OPEN));
        groups.join(member.id(), own.id());
        groups.removeMember(owner.id(), own.id(), member.id());
        assertEquals(0, audit.count("group.member-removed", owner.id()));
    }

    @Test
    void soleOwnerCannotLeaveUntilAnotherMemberRunsTheGroupToo() {
        AccountView owner = member("Stijn Stichter");
        AccountView heir = member("Hanna Opvolger");
        GroupView group = groups.start(owner.id(), draft("Doorgeven", GroupAdmission.OPEN));
        groups.join(heir.id(), group.id());

        assertThrows(SoleOwnerCannotLeaveException.class, () -> groups.leave(owner.id(), group.id()));
        groups.makeOwner(owner.id(), group.id(), heir.id());
        groups.leave(owner.id(), group.id());

        assertEquals(GroupStanding.NONE, groups.standing(owner.id(), group.id()));
        assertEquals(GroupStanding.OWNER, groups.standing(heir.id(), group.id()));
        assertTrue(groups.mayManage(heir.id(), group.id()));
        assertFalse(groups.mayManage(owner.id(), group.id()));
    }

    @Test
    void groupPastItsEndDateShowsAsEndedAndRefusesNewMembers() throws Exception {
        AccountView owner = member("Tessa Tijdelijk");
        AccountView late = member("Lars Laat");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        GroupView group = groups.start(owner.id(), new GroupDraft("Tot vandaag", null, "Wat leerden we?",
                "Terugblikken", today, GroupAdmission.OPEN));
        assertEquals(GroupStatus.ACTIVE, group.status());

        sql("update network.network_group set end_date = ? where id = ?", today.minusDays(1), group.id());

        assertEquals(GroupStatus.ENDED, groups.find(group.id()).orElseThrow().status());
        GroupNotActiveException refused = assertThrows(GroupNotActiveException.class,
                () -> groups.join(late.id(), group.id()));
        assertEquals(GroupStatus.ENDED, refused.status());
        assertEquals(GroupStanding.NONE, groups.standing(late.id(), group.id()));
    }

    @Test
    void badDraftsAreRefusedWithTheFieldAndNothingIsSaved() {
        AccountView owner = member("Fien Foutief");
        ThemeView retired = themes.add("Uitgezet " + UUID.randomUUID(), null);
        themes.retire(retired.id());
        LocalDate yesterday = LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusDays(1);

        assertProblem(GroupDraftProblem.END_DATE_IN_PAST, () -> groups.start(owner.id(),
                new GroupDraft("Te laat", themeId("Eenzaamheid"), null, "Doel", yesterday, GroupAdmission.OPEN)));
        assertProblem(GroupDraftProblem.THEME_RETIRED, () -> groups.start(owner.id(),
                new GroupDraft("Oud thema", retired.id(), null, "Doel", null, GroupAdmission.OPEN)));
        assertProblem(GroupDraftProblem.THEME_UNKNOWN, () -> groups.start(owner.id(),
                new GroupDraft("Geen thema", 987_654_321L, null, "Doel", null, GroupAdmission.OPEN)));
        assertProblem(GroupDraftProblem.THEME_OR_QUESTION_MISSING, () -> groups.start(owner.id(),
                new GroupDraft("Nergens over", null, " ", "Doel", null, GroupAdmission.OPEN)));
        // Bean Validation guards the boundary too: an overlong name never reaches the database.
        assertThrows(Exception.class, () -> groups.start(owner.id(),
                new GroupDraft("n".repeat(121), themeId("Armoede"), null, "Doel", null, GroupAdmission.OPEN)));

        assertTrue(groups.groupsOf(owner.id()).isEmpty());
    }

    @Test
    void listShowsGroupsPerThemeAndLeavesClosedOnesOut() {
        AccountView owner = member("Lieke Lijst");
        ThemeView theme = themes.add("Lijsttest " + UUID.randomUUID(), null);
        GroupView first = groups.start(owner.id(), new GroupDraft("Eerste", theme.id(), null, "Doel", null,
                GroupAdmission.OPEN));
        GroupView second = groups.start(owner.id(), new GroupDraft("Tweede", theme.id(), null, "Doel", null,
                GroupAdmission.ON_APPROVAL));

        assertEquals(List.of(second.id(), first.id()),
                groups.list(theme.id(), 0, 10).stream().map(GroupSummary::id).toList(), "newest first");
        assertEquals(2, groups.count(theme.id()));
        assertEquals(List.of(first.id()), groups.list(theme.id(), 1, 10).stream().map(GroupSummary::id).toList());

        groups.close(owner.id(), second.id());
        assertEquals(List.of(first.id()), groups.list(theme.id(), 0, 10).stream().map(GroupSummary::id).toList());
        assertEquals(1, groups.list(theme.id(), 0, 10).get(0).memberCount());
        assertThrows(GroupNotActiveException.class, () -> groups.join(member("Nina Nalaat").id(), second.id()));
    }

    @Test
    void gatheringsAndKnowledgeItemsAreLinkedByIdOnly() {
        AccountView owner = member("Kees Koppelaar");
        GroupView group = groups.start(owner.id(), draft("Met verwijzingen", GroupAdmission.OPEN));

        groups.linkGathering(owner.id(), group.id(), 31);
        groups.linkGathering(owner.id(), group.id(), 7);
        groups.linkGathering(owner.id(), group.id(), 31);
        groups.linkKnowledgeItem(owner.id(), group.id(), 400);

        GroupView linked = groups.find(group.id()).orElseThrow();
        assertEquals(List.of(7L, 31L), linked.gatheringIds());
        assertEquals(List.of(400L), linked.knowledgeItemIds());

        groups.unlinkGathering(owner.id(), group.id(), 7);
        groups.unlinkKnowledgeItem(owner.id(), group.id(), 400);
        assertEquals(List.of(31L), groups.find(group.id()).orElseThrow().gatheringIds());
        assertTrue(groups.find(group.id()).orElseThrow().knowledgeItemIds().isEmpty());
    }

    @Test
    void groupsAreInThePersonalDataAndOutliveTheAccountThatStartedThem() throws Exception {
        AccountView founder = member("Freek Vertrekker");
        AccountView heir = member("Hilde Blijver");
        GroupView group = groups.start(founder.id(), draft("Blijft bestaan", GroupAdmission.OPEN));
        groups.join(heir.id(), group.id());
        groups.makeOwner(founder.id(), group.id(), heir.id());
        String export = accounts.exportPersonalData(founder.id());
        assertTrue(export.contains("\"groups\"") && export.contains("Blijft bestaan") && export.contains("OWNER"), export);

        accounts.erase(founder.id(), PASSWORD);

        GroupView after = groups.find(group.id()).orElseThrow();
        assertEquals(1, after.memberCount());
        assertEquals(List.of("Hilde Blijver"), names(groups.members(heir.id(), group.id())));
        assertThrows(GroupActionNotAllowedException.class, () -> groups.members(founder.id(), group.id()),
                "names only for existing accounts");
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select created_by from network.network_group where id = ?")) {
            s.setLong(1, group.id());
            var rs = s.executeQuery();
            rs.next();
            assertNull(rs.getObject(1));
        }
    }

    // ---------------------------------------------------------------- in the browser

    @Test
    @RunAsClient
    void visitorSeesNoMemberNames(@ArquillianResource URL base) {
        pages.freshVisitor(base);
        pages.open("netwerk/");
        pages.clickLink("Groepen: samen werken aan een thema of een vraag");
        assertEquals("Groepen", pages.heading());
        pages.select("thema", "Mantelzorg");
        pages.clickAndWaitForPage("filter", "group-list");
        assertTrue(pages.text("group-count").contains("over Mantelzorg"), pages.text("group-count"));
        pages.clickLink(GroupsFixture.GROUP_NAME);

        assertEquals("2 leden", pages.text("member-count"));
        String source = pages.source();
        assertFalse(source.contains(GroupsFixture.OWNER_NAME), "owner's name shown to a visitor");
        assertFalse(source.contains(GroupsFixture.MEMBER_NAME), "member's name shown to a visitor");
        assertTrue(pages.exists("members-hidden"));
        assertFalse(pages.exists("group:join"), "visitors get no buttons");
    }

    @Test
    @RunAsClient
    void htmlInGroupNameIsShownAsText(@ArquillianResource URL base) {
        pages.freshVisitor(base);
        pages.open("netwerk/groepen/?thema=" + GroupsFixture.THEME_CODE);
        assertTrue(pages.text("group-list").contains(GroupsFixture.GROUP_NAME));
        pages.clickLink(GroupsFixture.GROUP_NAME);

        assertEquals(GroupsFixture.GROUP_NAME, pages.heading());
        assertTrue(pages.text("group-goal").contains("Elke maand <em>samen</em> koken."));
        assertFalse(pages.hasElement("h1 b") || pages.hasElement("#group-goal em"), "user HTML became markup");
        assertFalse(pages.source().contains("<script>alert("), "user script in the page");
    }

    @Test
    @RunAsClient
    void memberJoinsAndLeavesAGroupWithTheButtons(@ArquillianResource URL base) {
        pages.freshVisitor(base);
        pages.logIn(GroupsFixture.JOINER_EMAIL, GroupsFixture.PASSWORD);
        pages.open("netwerk/groepen/?thema=" + GroupsFixture.THEME_CODE);
        pages.clickLink(GroupsFixture.GROUP_NAME);
        assertFalse(pages.text("member-list").contains(GroupsFixture.OWNER_NAME),
                "before joining, only names opened to members");
        assertTrue(pages.text("member-list").contains("Lid dat de naam alleen met de groep deelt"));
        assertFalse(pages.text("member-list").contains(GroupsFixture.JOINER_NAME));
        assertTrue(pages.text("group:join-notice").contains("De andere leden van de groep zien je naam"));

        pages.clickAndWaitFor("group:join", "group:messages", "Je bent nu lid");
        assertTrue(pages.text("member-list").contains(GroupsFixture.JOINER_NAME));
        assertTrue(pages.text("member-list").contains(GroupsFixture.OWNER_NAME), "members see each other's names");
        assertEquals("3 leden", pages.text("member-count"));
        pages.checkPage();

        pages.clickAndWaitFor("group:leave", "group:messages", "Je hebt de groep verlaten");
        assertFalse(pages.text("member-list").contains(GroupsFixture.JOINER_NAME));
        assertTrue(pages.exists("group:join"));
    }

    @Test
    @RunAsClient
    void memberStartsAGroupAndRunsIt(@ArquillianResource URL base) {
        pages.freshVisitor(base);
        pages.logIn(GroupsFixture.OWNER_EMAIL, GroupsFixture.PASSWORD);
        pages.open("mijn/groep-starten.xhtml");
        assertEquals("Een groep starten", pages.heading());

        pages.clickAndWaitFor("start:submit", "start", "Vul dit veld in");
        assertTrue(pages.fieldMessage("name").contains("Vul dit veld in"));
        pages.checkPage();

        String name = "Samen koken " + System.nanoTime();
        pages.type("start:name", name);
        pages.type("start:goal", "Een keer per maand samen eten met buren die alleen wonen.");
        pages.clickAndWaitFor("start:submit", "start", "Kies een thema of vul een vraag in");
        assertTrue(pages.fieldMessage("question").contains("Kies een thema of vul een vraag in"),
                "the service's refusal is shown at the field");

        pages.select("start:themeId", "Eenzaamheid");
        pages.clickAndWaitForPage("start:submit", "group-name");
        assertEquals(name, pages.heading());
        assertTrue(pages.text("group:messages").contains("is gestart"));
        assertTrue(pages.text("standing").contains("Je beheert deze groep"));
        assertTrue(pages.text("member-list").contains(GroupsFixture.OWNER_NAME));
        assertTrue(pages.exists("group:close"));
    }

    @Test
    @RunAsClient
    void ownerApprovesAWaitingRequestWithTheButton(@ArquillianResource URL base) {
        pages.freshVisitor(base);
        pages.logIn(GroupsFixture.OWNER_EMAIL, GroupsFixture.PASSWORD);
        pages.open("netwerk/groepen/?thema=" + GroupsFixture.THEME_CODE);
        pages.clickLink(GroupsFixture.CLOSED_CIRCLE_NAME);
        assertTrue(pages.text("pending-list").contains(GroupsFixture.MEMBER_NAME));
        assertFalse(pages.text("member-list").contains(GroupsFixture.MEMBER_NAME));

        pages.clickLabelledAndWaitFor("Goedkeuren: " + GroupsFixture.MEMBER_NAME, "group:messages", "is nu lid");
        assertTrue(pages.text("member-list").contains(GroupsFixture.MEMBER_NAME));
        assertFalse(pages.exists("pending-list"));
    }

    @Test
    @RunAsClient
    void startingAGroupAsksAVisitorToLogIn(@ArquillianResource URL base) {
        pages.freshVisitor(base);
        pages.open("mijn/groep-starten.xhtml");
        assertEquals("Inloggen", pages.heading());
    }

    @Test
    @RunAsClient
    void unknownGroupIsAMissingPageAndPublicPagesMakeNoSession(@ArquillianResource URL base) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(
                URI.create(base.toString()).resolve("netwerk/groepen/groep.xhtml?id=987654321")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Pagina niet gevonden"), missing.body());

        for (String path : List.of("netwerk/groepen/", "netwerk/groepen/?thema=eenzaamheid&pagina=2")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                    URI.create(base.toString()).resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), path + " made a session");
        }
    }

    // ---------------------------------------------------------------- helpers

    private AccountView member(String name) {
        return accounts.createConfirmed(name, email(), PASSWORD, Set.of());
    }

    private static String email() {
        return "groepen-" + System.nanoTime() + "@example.org";
    }

    private static GroupDraft draft(String name, GroupAdmission admission) {
        return new GroupDraft(name, null, "Hoe doen we dit samen?", "Samen leren wat werkt", null, admission);
    }

    private long themeId(String nameNl) {
        return themes.activeThemes().stream().filter(t -> t.nameNl().equals(nameNl)).findFirst().orElseThrow().id();
    }

    private static List<String> names(List<GroupMemberView> people) {
        return people.stream().map(GroupMemberView::displayName).toList();
    }

    private static void assertProblem(GroupDraftProblem expected, Runnable action) {
        InvalidGroupDraftException e = assertThrows(InvalidGroupDraftException.class, action::run);
        assertEquals(expected, e.problem());
    }

    private void sql(String statement, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    /**
     * The browser side: every page it opens is checked with axe-core and for requests to other hosts. Only
     * client-side tests touch it, so the container, which has no Selenium, never loads this class.
     */
    private static final class Pages implements AutoCloseable {

        private final Browser browser;
        private URI base;

        Pages() throws Exception {
            browser = new Browser();
        }

        void freshVisitor(URL url) {
            base = URI.create(url.toString());
            browser.driver.manage().deleteAllCookies();
        }

        void open(String path) {
            browser.driver.get(base.resolve(path).toString());
            checkPage();
        }

        void logIn(String email, String password) {
            open("inloggen.xhtml");
            browser.driver.findElement(By.id("login:email")).sendKeys(email);
            browser.driver.findElement(By.id("login:password")).sendKeys(password);
            browser.driver.findElement(By.id("login:submit")).click();
            waitFor(By.cssSelector(".signed-in"));
        }

        /** Clicks a button, waits for the element with this id on the next page, and checks that page. */
        void clickAndWaitForPage(String buttonId, String nextPageElementId) {
            clickAndWaitForNextPage(By.id(buttonId), By.id(nextPageElementId));
        }

        /** Whether the page this element belonged to has been replaced; mid-navigation Chromium says so oddly. */
        private static boolean isGone(WebElement element) {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException e) {
                return true;
            }
        }

        void clickLink(String text) {
            clickAndWaitForNextPage(By.linkText(text), By.tagName("h1"));
        }

        private void clickAndWaitForNextPage(By target, By onNextPage) {
            WebElement current = browser.driver.findElement(By.tagName("html"));
            browser.driver.findElement(target).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(driver -> isGone(current));
            waitFor(onNextPage);
            checkPage();
        }

        /** Clicks a button and waits until the element with this id contains the text. */
        void clickAndWaitFor(String buttonId, String elementId, String text) {
            browser.driver.findElement(By.id(buttonId)).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id(elementId), text));
            checkPage();
        }

        /** Clicks the button with this accessible name and waits until the element contains the text. */
        void clickLabelledAndWaitFor(String ariaLabel, String elementId, String text) {
            browser.driver.findElement(By.cssSelector("[aria-label=\"" + ariaLabel + "\"]")).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id(elementId), text));
            checkPage();
        }

        void type(String id, String text) {
            browser.driver.findElement(By.id(id)).clear();
            browser.driver.findElement(By.id(id)).sendKeys(text);
        }

        void select(String id, String visibleText) {
            new Select(browser.driver.findElement(By.id(id))).selectByVisibleText(visibleText);
        }

        String heading() {
            return browser.driver.findElement(By.tagName("h1")).getText();
        }

        String text(String id) {
            return browser.driver.findElement(By.id(id)).getText();
        }

        /** The message next to a field of the start form. */
        String fieldMessage(String field) {
            return browser.driver.findElement(By.id("start:" + field)).findElement(By.xpath("./ancestor::div[1]"))
                    .getText();
        }

        boolean exists(String id) {
            return !browser.driver.findElements(By.id(id)).isEmpty();
        }

        boolean hasElement(String css) {
            return !browser.driver.findElements(By.cssSelector(css)).isEmpty();
        }

        String source() {
            return browser.driver.getPageSource();
        }

        /** Fails on WCAG 2.1 AA violations and on requests to any other host. */
        void checkPage() {
            List<String> violations = browser.accessibilityViolations();
            assertTrue(violations.isEmpty(), browser.driver.getCurrentUrl() + ":\n" + String.join("\n", violations));
            List<String> foreign = browser.foreignRequests(base);
            assertTrue(foreign.isEmpty(), "requests to other hosts: " + foreign);
        }

        private void waitFor(By locator) {
            new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(locator));
        }

        @Override
        public void close() {
            browser.close();
        }
    }
}
