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
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.AuditLog;
import nl.netwerkplaats.network.api.CoordinatorsOnlyException;
import nl.netwerkplaats.network.api.DomainContactDetails;
import nl.netwerkplaats.network.api.DomainContactView;
import nl.netwerkplaats.network.api.Helpdesk;
import nl.netwerkplaats.network.api.HelpdeskQuestionView;
import nl.netwerkplaats.network.api.InputRejectedException;
import nl.netwerkplaats.network.api.Loket;
import nl.netwerkplaats.network.api.Outbox;
import nl.netwerkplaats.network.api.OutboxMessageView;
import nl.netwerkplaats.network.api.QuestionAlreadyAnsweredException;
import nl.netwerkplaats.network.api.QuestionStatus;
import nl.netwerkplaats.network.api.Role;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeView;

/**
 * The helpdesk ("Vraag het de netwerkcoördinator") and the loket, in Payara Micro against the real PostgreSQL:
 * the services in-container, and the pages in headless Chromium with axe-core (WCAG 2.1 AA) on every page.
 *
 * <p>One deployment serves both kinds of test. The WAR carries no Selenium, so all Selenium code lives in the nested
 * {@link Pages}, which only the {@code @RunAsClient} tests use.
 */
@ExtendWith(ArquillianExtension.class)
class HelpdeskAndLoketIT {

    private static final String PASSWORD = "een lange zin als wachtwoord voor de test";

    @Deployment
    static WebArchive deployment() {
        return Deployments.netwerkplaats()
                .addClasses(HelpdeskAndLoketIT.class, HelpdeskFixture.class, Browser.class);
    }

    @Inject
    private Helpdesk helpdesk;

    @Inject
    private Loket loket;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditLog audit;

    @Inject
    private Accounts accounts;

    @Inject
    private ThemeCatalog themes;

    private static final Duration WAIT = Duration.ofSeconds(10);

    /** Started by the first browser test, so the in-container runs never start a browser. */
    private static Pages pages;

    @AfterAll
    static void stopBrowser() {
        if (pages != null) {
            pages.close();
            pages = null;
        }
    }

    // ---- In-container: the services and the mails they queue ----

    @Test
    void visitorAsksAQuestionAndGetsTheAnswerByEmail() {
        String asker = unique("vera") + "@example.org";
        String question = "Wie gaat er in Deventer over armoede? " + unique("q");
        HelpdeskQuestionView asked = helpdesk.ask("Vera Vraag", asker, question, null, "nl");
        assertEquals(QuestionStatus.NEW, asked.status());
        assertNull(asked.accountId());
        assertTrue(helpdesk.queue(QuestionStatus.NEW, 0, 1000).stream().anyMatch(q -> q.id() == asked.id()));

        OutboxMessageView receipt = newestMailTo(asker);
        assertEquals("We hebben je vraag aan de netwerkcoördinator ontvangen", receipt.subject());
        assertTrue(receipt.body().startsWith("Hallo Vera Vraag,") && receipt.body().contains(question), receipt.body());

        AccountView coordinator = account(Role.COORDINATOR);
        HelpdeskQuestionView taken = helpdesk.take(coordinator.id(), asked.id());
        assertEquals(QuestionStatus.IN_PROGRESS, taken.status());
        assertEquals(coordinator.id(), taken.assignedToId());
        assertEquals(coordinator.displayName(), taken.assignedToName());
        assertTrue(helpdesk.queue(QuestionStatus.IN_PROGRESS, 0, 1000).stream().anyMatch(q -> q.id() == asked.id()));
        assertFalse(helpdesk.queue(QuestionStatus.NEW, 0, 1000).stream().anyMatch(q -> q.id() == asked.id()));

        String answer = "Mevrouw Jansen, beleidsadviseur armoede: armoede@deventer.nl.";
        HelpdeskQuestionView answered = helpdesk.answer(coordinator.id(), asked.id(), answer);
        assertEquals(QuestionStatus.ANSWERED, answered.status());
        assertEquals(answer, helpdesk.find(asked.id()).orElseThrow().answer());
        assertEquals(coordinator.id(), answered.answeredById());

        OutboxMessageView mail = newestMailTo(asker);
        assertEquals("Antwoord op je vraag aan de netwerkcoördinator", mail.subject());
        assertTrue(mail.body().contains(question) && mail.body().contains(answer), mail.body());
        assertTrue(mail.body().contains("Het antwoord van " + coordinator.displayName()), mail.body());

        assertThrows(QuestionAlreadyAnsweredException.class,
                () -> helpdesk.answer(coordinator.id(), asked.id(), "Een tweede antwoord"));
        assertEquals(answer, helpdesk.find(asked.id()).orElseThrow().answer());
    }

    @Test
    void englishAskerGetsTheMailsInEnglish() {
        String asker = unique("emma") + "@example.org";
        HelpdeskQuestionView asked = helpdesk.ask("Emma", asker, "Who owns loneliness in Zwolle?", null, "en");
        assertEquals("We received your question to the network coordinator", newestMailTo(asker).subject());
        helpdesk.answer(account(Role.ADMIN).id(), asked.id(), "Mr De Vries, policy adviser.");
        OutboxMessageView mail = newestMailTo(asker);
        assertEquals("Answer to your question to the network coordinator", mail.subject());
        assertTrue(mail.body().startsWith("Hello Emma,"), mail.body());
    }

    @Test
    void questionWithBadInputIsRefusedAndNothingIsQueued() {
        long before = helpdesk.count(null);
        long newestMail = outbox.newest(1).get(0).id();
        assertRejected("email", InputRejectedException.Problem.INVALID_EMAIL,
                () -> helpdesk.ask("Anna", "anna@example", "Vraag", null, "nl"));
        assertRejected("question", InputRejectedException.Problem.TOO_LONG,
                () -> helpdesk.ask("Anna", "anna@example.org", "x".repeat(Helpdesk.MAX_QUESTION_LENGTH + 1), null,
                        "nl"));
        assertRejected("name", InputRejectedException.Problem.REQUIRED,
                () -> helpdesk.ask(" ", "anna@example.org", "Vraag", null, "nl"));
        assertEquals(before, helpdesk.count(null));
        assertEquals(newestMail, outbox.newest(1).get(0).id());
    }

    @Test
    void memberCannotAnswerQuestions() {
        AccountView member = account(Role.MEMBER);
        HelpdeskQuestionView asked = helpdesk.ask(member.displayName(), member.email(), "Mag ik zelf antwoorden?",
                member.id(), "nl");
        assertEquals(member.id(), asked.accountId());

        assertThrows(CoordinatorsOnlyException.class, () -> helpdesk.take(member.id(), asked.id()));
        assertThrows(CoordinatorsOnlyException.class, () -> helpdesk.answer(member.id(), asked.id(), "Ja hoor"));
        assertThrows(CoordinatorsOnlyException.class, () -> helpdesk.answer(Long.MAX_VALUE, asked.id(), "Ja"));
        HelpdeskQuestionView after = helpdesk.find(asked.id()).orElseThrow();
        assertEquals(QuestionStatus.NEW, after.status());
        assertNull(after.answer());
        assertNull(after.assignedToId());

        ThemeView theme = freshTheme();
        assertThrows(CoordinatorsOnlyException.class, () -> loket.add(member.id(), contact("0150", theme, "Jan")));
        assertEquals(0, loket.count(null, theme.id()));
    }

    @Test
    void erasingAnAskerBlanksTheirNameAndAddressButKeepsTheQuestions() {
        AccountView member = account(Role.MEMBER);
        HelpdeskQuestionView first = helpdesk.ask(member.displayName(), member.email(), "Eerste vraag", member.id(),
                "nl");
        HelpdeskQuestionView second = helpdesk.ask(member.displayName(), member.email(), "Tweede vraag", member.id(),
                "nl");
        String visitor = unique("bezoeker") + "@example.org";
        HelpdeskQuestionView other = helpdesk.ask("Bezoeker", visitor, "Andere vraag", null, "nl");

        assertEquals(2, helpdesk.forgetAsker(member.id()));

        for (HelpdeskQuestionView q : List.of(first, second)) {
            HelpdeskQuestionView forgotten = helpdesk.find(q.id()).orElseThrow();
            assertNull(forgotten.askerName());
            assertNull(forgotten.askerEmail());
            assertNull(forgotten.accountId());
            assertEquals(q.question(), forgotten.question());
        }
        assertEquals(visitor, helpdesk.find(other.id()).orElseThrow().askerEmail());

        // The answer is kept, but there is nobody left to mail it to.
        long newestMail = outbox.newest(1).get(0).id();
        HelpdeskQuestionView answered = helpdesk.answer(account(Role.COORDINATOR).id(), first.id(), "Antwoord");
        assertEquals(QuestionStatus.ANSWERED, answered.status());
        assertEquals(newestMail, outbox.newest(1).get(0).id());
    }

    @Test
    void loketSearchFindsTheContactForMunicipalityAndTheme() {
        AccountView coordinator = account(Role.COORDINATOR);
        ThemeView poverty = freshTheme();
        ThemeView youth = freshTheme();
        DomainContactView jan = loket.add(coordinator.id(), contact("0150", poverty, "Jan Deventer"));
        DomainContactView kim = loket.add(coordinator.id(), contact("GM0150", youth, "Kim Deventer"));
        DomainContactView piet = loket.add(coordinator.id(), contact("0193", poverty, "Piet Zwolle"));
        assertEquals("GM0150", kim.municipalityCode());
        assertEquals("Deventer", jan.municipalityName());

        assertEquals(List.of(jan.id()), ids(loket.search("0150", poverty.id(), 0, 10)));
        assertEquals(List.of(jan.id()), ids(loket.search("GM0150", poverty.id(), 0, 10)));
        assertEquals(List.of(jan.id(), piet.id()), ids(loket.search(null, poverty.id(), 0, 10)), "Deventer first");
        assertEquals(List.of(piet.id()), ids(loket.search(null, poverty.id(), 1, 10)));
        assertEquals(2, loket.count(null, poverty.id()));
        assertTrue(ids(loket.search("0150", null, 0, 1000)).containsAll(List.of(jan.id(), kim.id())));

        assertEquals(Set.of(jan.id(), piet.id()),
                Set.copyOf(ids(loket.forOrganisation(Set.of("0150", "0193"), Set.of(poverty.id())))));
        assertEquals(Set.of(jan.id(), kim.id()),
                Set.copyOf(ids(loket.forOrganisation(Set.of("0150"), Set.of(poverty.id(), youth.id())))));
        assertEquals(List.of(kim.id()), ids(loket.forOrganisation(Set.of("GM0150", "9999"), Set.of(youth.id()))));
        assertTrue(loket.forOrganisation(Set.of(), Set.of(youth.id())).isEmpty());

        DomainContactView changed = loket.update(coordinator.id(), jan.id(), new DomainContactDetails("0150",
                poverty.id(), "Jan Deventer", "Teamleider armoede", "Sociaal domein", null, "0570 69 39 39"));
        assertEquals("Teamleider armoede", changed.role());
        assertNull(changed.email());
        assertEquals("0570 69 39 39", loket.find(jan.id()).orElseThrow().phone());

        loket.remove(coordinator.id(), kim.id());
        assertTrue(loket.search("0150", youth.id(), 0, 10).isEmpty());
        assertTrue(loket.find(kim.id()).isEmpty());

        assertEquals(3, audit.count("loket.added", coordinator.id()));
        assertEquals(1, audit.count("loket.changed", coordinator.id()));
        assertEquals(1, audit.count("loket.removed", coordinator.id()));
        assertEquals(kim.id(), audit.search("loket.removed", coordinator.id(), 0, 1).get(0).subjectId());
    }

    @Test
    void loketRefusesBadInputAndSavesNothing() {
        AccountView coordinator = account(Role.COORDINATOR);
        ThemeView theme = freshTheme();
        assertRejected("municipalityCode", InputRejectedException.Problem.UNKNOWN_MUNICIPALITY,
                () -> loket.add(coordinator.id(), contact("9999", theme, "Niemand")));
        assertRejected("municipalityCode", InputRejectedException.Problem.UNKNOWN_MUNICIPALITY,
                () -> loket.search("9999", null, 0, 10));
        assertRejected("name", InputRejectedException.Problem.TOO_LONG,
                () -> loket.add(coordinator.id(), contact("0150", theme, "n".repeat(Loket.MAX_NAME_LENGTH + 1))));
        assertRejected("email", InputRejectedException.Problem.CONTACT_REQUIRED,
                () -> loket.add(coordinator.id(), new DomainContactDetails("0150", theme.id(), "Naam", "Rol", null,
                        null, null)));
        assertRejected("themeId", InputRejectedException.Problem.UNKNOWN_THEME,
                () -> loket.add(coordinator.id(), new DomainContactDetails("0150", Long.MAX_VALUE, "Naam", "Rol",
                        null, "a@b.nl", null)));
        assertEquals(0, loket.count(null, theme.id()));

        DomainContactView kept = loket.add(coordinator.id(), contact("0150", theme, "Blijft"));
        themes.retire(theme.id());
        assertRejected("themeId", InputRejectedException.Problem.UNKNOWN_THEME,
                () -> loket.add(coordinator.id(), contact("0193", theme, "Nieuw op oud thema")));
        // An entry keeps the theme it has after that theme is retired, and can still be changed.
        assertEquals("Rol 2", loket.update(coordinator.id(), kept.id(), new DomainContactDetails("0150", theme.id(),
                "Blijft", "Rol 2", null, "a@b.nl", null)).role());
        assertRejected("email", InputRejectedException.Problem.INVALID_EMAIL,
                () -> loket.update(coordinator.id(), kept.id(), new DomainContactDetails("0150", theme.id(),
                        "Veranderd", "Rol", null, "geen adres", null)));
        assertEquals("Blijft", loket.find(kept.id()).orElseThrow().name());
        assertEquals(1, loket.count(null, theme.id()));
    }

    // ---- In the browser: the pages, as visitors, members and coordinators meet them ----

    @Test
    @RunAsClient
    void visitorAsksThroughTheFormAndIsThanked(@ArquillianResource URL url) throws Exception {
        Pages page = pages(url);
        page.open("netwerk/");
        page.clickLink("Vraag het de netwerkcoördinator");
        page.waitForHeading("Vraag het de netwerkcoördinator");
        page.checkPage();

        page.click("ask:send");
        page.waitForText("ask", "Vul dit veld in");
        page.checkPage();

        page.type("ask:name", "Anna Aanvrager");
        page.type("ask:email", "anna@example");
        page.type("ask:question", "Wie kan ons helpen met een buurtkamer in Zwolle?");
        page.click("ask:send");
        page.waitForText("ask", "Dit is geen geldig e-mailadres");
        assertEquals("Anna Aanvrager", page.valueOf("ask:name"), "what was typed stays");
        page.checkPage();

        page.clear("ask:email");
        page.type("ask:email", "anna@example.org");
        page.click("ask:send");
        page.waitForText("thanks", "Dank je wel, je vraag is verstuurd");
        assertTrue(page.currentUrl().contains("verstuurd="), page.currentUrl());
        page.checkPage();
    }

    @Test
    @RunAsClient
    void htmlInAQuestionIsShownAsText(@ArquillianResource URL url) throws Exception {
        Pages page = pages(url);
        String marker = unique("html");
        String question = "<b>vet</b> <script>window.hacked = true;</script> <img src=x onerror=\"window.hacked=1\"> "
                + marker;
        page.open("netwerk/vraag.xhtml");
        page.type("ask:name", "<i>Henk</i>");
        page.type("ask:email", "henk@example.org");
        page.type("ask:question", question);
        page.click("ask:send");
        page.waitForText("thanks", "Dank je wel");

        page.logIn(HelpdeskFixture.COORDINATOR_EMAIL, HelpdeskFixture.PASSWORD);
        page.open("coordinatie/vragen.xhtml");
        assertEquals("Vragen aan de netwerkcoördinator", page.heading());
        String card = "//li[contains(@class, 'card')][contains(., '" + marker + "')]";
        String shown = page.textAt(card);
        assertTrue(shown.contains(question), shown);
        assertTrue(shown.contains("<i>Henk</i>"), shown);
        assertEquals(0, page.count(card + "//b | " + card + "//img | " + card + "//i"),
                "markup from the question was rendered");
        assertNull(page.script("return window.hacked;"));

        page.clickAt(card + "//button[contains(., 'Oppakken')]");
        page.waitForText("queue:messages", "opgepakt");
        assertTrue(page.textAt(card).contains("opgepakt door " + HelpdeskFixture.COORDINATOR_NAME), page.textAt(card));
        page.checkPage();

        page.clickAt(card + "//button[contains(., 'Beantwoorden')]");
        page.waitFor("queue:answer");
        page.checkPage();
        page.click("queue:sendAnswer");
        page.waitForText("queue", "Vul dit veld in");
        page.type("queue:answer", "Kijk eens bij <u>de bibliotheek</u>.");
        page.click("queue:sendAnswer");
        page.waitForText("queue:messages", "is beantwoord");
        String answered = page.textAt(card);
        assertTrue(answered.contains("Beantwoord") && answered.contains("Kijk eens bij <u>de bibliotheek</u>."),
                answered);
        page.checkPage();

        page.select("queue:status", "Beantwoord");
        page.clickAndAwaitReplacement("queue:filter", "questions");
        String onlyAnswered = page.text("questions");
        assertTrue(onlyAnswered.contains(marker), onlyAnswered);
        assertFalse(onlyAnswered.contains("Nieuw ·") || onlyAnswered.contains("In behandeling ·"), onlyAnswered);
    }

    @Test
    @RunAsClient
    void signedInMemberFindsTheFormFilledInButCannotOpenTheQueue(@ArquillianResource URL url) throws Exception {
        Pages page = pages(url);
        page.open("coordinatie/vragen.xhtml");
        page.waitForHeading("Inloggen");

        page.logIn(HelpdeskFixture.MEMBER_EMAIL, HelpdeskFixture.PASSWORD);
        page.open("netwerk/vraag.xhtml");
        assertEquals(HelpdeskFixture.MEMBER_NAME, page.valueOf("ask:name"));
        assertEquals(HelpdeskFixture.MEMBER_EMAIL, page.valueOf("ask:email"));
        page.type("ask:question", "Een vraag van een lid");
        page.click("ask:send");
        page.waitForText("thanks", "Dank je wel");

        page.go("coordinatie/vragen.xhtml");
        page.waitForHeading("Geen toegang");
        page.go("coordinatie/loket.xhtml");
        page.waitForHeading("Geen toegang");
    }

    @Test
    @RunAsClient
    void coordinatorKeepsTheLoketAndVisitorsFindIt(@ArquillianResource URL url) throws Exception {
        Pages page = pages(url);
        String name = "Loes Loket " + System.nanoTime();
        page.logIn(HelpdeskFixture.COORDINATOR_EMAIL, HelpdeskFixture.PASSWORD);
        page.open("coordinatie/loket.xhtml");
        assertEquals("Loket bijhouden", page.heading());
        page.select("entry:municipality", "Deventer");
        page.select("entry:theme", "Eenzaamheid");
        page.type("entry:name", name);
        page.type("entry:role", "Beleidsadviseur eenzaamheid");
        page.type("entry:department", "Sociaal domein");
        page.type("entry:email", "loes at deventer");
        page.click("entry:save");
        page.waitForText("entry", "Dit is geen geldig e-mailadres");
        page.checkPage();

        page.clear("entry:email");
        page.type("entry:email", "l.loket@deventer.nl");
        page.click("entry:save");
        page.waitForText("entry:messages", "staat in het loket");
        page.waitForText("entry:table", name);
        page.checkPage();

        page.forgetVisitor();
        page.open("netwerk/loket.xhtml");
        assertEquals("Loket: wie gaat erover bij de gemeente?", page.heading());
        page.select("gemeente", "Deventer");
        page.select("thema", "Eenzaamheid");
        String themeId = page.selectedValue("thema");
        page.click("loket-submit");
        page.waitForText("loket-results", name);
        String results = page.text("loket-results");
        assertTrue(results.contains("Beleidsadviseur eenzaamheid, Sociaal domein")
                && results.contains("l.loket@deventer.nl"), results);
        assertTrue(page.currentUrl().contains("gemeente=GM0150"), page.currentUrl());
        page.checkPage();

        HttpResponse<String> json = get(url, "api/loket?municipality=0150&theme=" + themeId);
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains("\"name\":\"" + name + "\"")
                && json.body().contains("\"municipality\":\"Deventer\"")
                && json.body().contains("\"municipalityCode\":\"GM0150\"")
                && json.body().contains("\"email\":\"l.loket@deventer.nl\""), json.body());
        assertFalse(get(url, "api/loket?municipality=GM0193&theme=" + themeId).body().contains(name));
    }

    @Test
    @RunAsClient
    void unknownMunicipalityIsRefusedWithAMessage(@ArquillianResource URL url) throws Exception {
        Pages page = pages(url);
        page.open("netwerk/loket.xhtml?gemeente=9999");
        assertEquals("Deze gemeente kennen we niet. Kies een gemeente uit de lijst.", page.text("gemeente-error"));
        assertEquals("true", page.attribute("gemeente", "aria-invalid"));
        assertEquals("gemeente-error", page.attribute("gemeente", "aria-describedby"));

        HttpResponse<String> rest = get(url, "api/loket?municipality=9999");
        assertEquals(400, rest.statusCode());
        assertTrue(rest.body().contains("unknown municipality"), rest.body());
        HttpResponse<String> theme = get(url, "api/loket?theme=" + Long.MAX_VALUE);
        assertEquals(400, theme.statusCode());
        assertTrue(theme.body().contains("unknown theme"), theme.body());
    }

    @Test
    @RunAsClient
    void publicLoketPageNeedsNoSession(@ArquillianResource URL url) throws Exception {
        for (String path : List.of("netwerk/loket.xhtml", "netwerk/loket.xhtml?gemeente=GM0150&provincie=PV23")) {
            HttpResponse<String> response = get(url, path);
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), path + " made a session");
        }
        HttpResponse<String> english = http().send(HttpRequest.newBuilder(URI.create(url.toString())
                        .resolve("netwerk/loket.xhtml")).header("Cookie", "nwp-taal=en").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(english.body().contains("Loket: who owns it at the municipality?"), "English heading");
    }

    // ---- Helpers: in-container ----

    private AccountView account(Role role) {
        return accounts.createConfirmed(role.name().charAt(0) + role.name().substring(1).toLowerCase() + " "
                + unique(""), unique(role.roleName()) + "@example.org", PASSWORD, EnumSet.of(role));
    }

    private ThemeView freshTheme() {
        return themes.add("Loketthema " + UUID.randomUUID(), null);
    }

    private static DomainContactDetails contact(String municipality, ThemeView theme, String name) {
        return new DomainContactDetails(municipality, theme.id(), name, "Beleidsadviseur", "Sociaal domein",
                "contact@gemeente.nl", null);
    }

    private OutboxMessageView newestMailTo(String recipient) {
        return outbox.newest(50).stream().filter(m -> m.recipient().equals(recipient)).findFirst()
                .orElseThrow(() -> new AssertionError("no mail to " + recipient));
    }

    private static List<Long> ids(List<DomainContactView> contacts) {
        return contacts.stream().map(DomainContactView::id).toList();
    }

    private static void assertRejected(String field, InputRejectedException.Problem problem, Runnable action) {
        InputRejectedException e = assertThrows(InputRejectedException.class, action::run);
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(problem, e.problem(), e.getMessage());
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    // ---- Helpers: the browser ----

    /** The browser of the client-side tests, started by the first of them, with a fresh visitor each time. */
    private static Pages pages(URL base) throws Exception {
        if (pages == null) {
            pages = new Pages(base);
        }
        pages.forgetVisitor();
        return pages;
    }

    private static HttpClient http() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static HttpResponse<String> get(URL base, String path) throws Exception {
        return http().send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Everything that touches Selenium, kept out of the test class itself: in-container JUnit links the test class,
     * and the bytecode verifier would then load Selenium types, which the deployment does not carry. This class is
     * only ever linked on the client. Every page it opens is checked with axe-core (WCAG 2.1 AA) and for requests
     * to other hosts, as in {@link WebIT}.
     */
    static final class Pages implements AutoCloseable {

        private final Browser browser;
        private final URI base;

        Pages(URL base) throws Exception {
            this.browser = new Browser();
            this.base = URI.create(base.toString());
        }

        void forgetVisitor() {
            browser.driver.manage().deleteAllCookies();
        }

        void open(String path) {
            go(path);
            checkPage();
        }

        void go(String path) {
            browser.driver.get(base.resolve(path).toString());
        }

        void logIn(String email, String password) {
            go("inloggen.xhtml");
            type("login:email", email);
            type("login:password", password);
            click("login:submit");
            new WebDriverWait(browser.driver, WAIT).until(
                    ExpectedConditions.presenceOfElementLocated(By.cssSelector(".signed-in")));
        }

        /** Fails on WCAG 2.1 AA violations and on requests to any other host. */
        void checkPage() {
            List<String> violations = browser.accessibilityViolations();
            assertTrue(violations.isEmpty(), currentUrl() + ":\n" + String.join("\n", violations));
            List<String> foreign = browser.foreignRequests(base);
            assertTrue(foreign.isEmpty(), "requests to other hosts: " + foreign);
        }

        void type(String id, String text) {
            browser.driver.findElement(By.id(id)).sendKeys(text);
        }

        void clear(String id) {
            browser.driver.findElement(By.id(id)).clear();
        }

        void click(String id) {
            browser.driver.findElement(By.id(id)).click();
        }

        void clickAt(String xpath) {
            browser.driver.findElement(By.xpath(xpath)).click();
        }

        void clickLink(String text) {
            browser.driver.findElement(By.linkText(text)).click();
        }

        /** Clicks and waits until an Ajax update has replaced the element with the other id. */
        void clickAndAwaitReplacement(String clickId, String replacedId) {
            WebElement before = browser.driver.findElement(By.id(replacedId));
            click(clickId);
            new WebDriverWait(browser.driver, WAIT).until(ExpectedConditions.stalenessOf(before));
        }

        void select(String id, String visibleText) {
            new Select(browser.driver.findElement(By.id(id))).selectByVisibleText(visibleText);
        }

        String selectedValue(String id) {
            return new Select(browser.driver.findElement(By.id(id))).getFirstSelectedOption().getAttribute("value");
        }

        String valueOf(String id) {
            return attribute(id, "value");
        }

        String attribute(String id, String name) {
            return browser.driver.findElement(By.id(id)).getAttribute(name);
        }

        String text(String id) {
            return browser.driver.findElement(By.id(id)).getText();
        }

        String textAt(String xpath) {
            return browser.driver.findElement(By.xpath(xpath)).getText();
        }

        int count(String xpath) {
            return browser.driver.findElements(By.xpath(xpath)).size();
        }

        Object script(String javascript) {
            return browser.driver.executeScript(javascript);
        }

        String currentUrl() {
            return browser.driver.getCurrentUrl();
        }

        String heading() {
            return browser.driver.findElement(By.tagName("h1")).getText();
        }

        void waitForHeading(String text) {
            new WebDriverWait(browser.driver, WAIT).until(ExpectedConditions.textToBe(By.tagName("h1"), text));
        }

        void waitFor(String id) {
            new WebDriverWait(browser.driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        }

        void waitForText(String id, String text) {
            new WebDriverWait(browser.driver, WAIT).until(
                    ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
        }

        @Override
        public void close() {
            browser.close();
        }
    }
}
