package nl.netwerkplaats.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.netwerkplaats.testing.TestMailServer;

/**
 * The network pages as people use them, in headless Chromium with axe-core on every page, with the application
 * sending its mail to the test run's real SMTP server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NetworkWebIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.netwerkplaats().addClasses(AdminFixture.class, NetworkFixture.class);
    }

    @ArquillianResource
    private URL base;

    private static Browser browser;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void freshVisitor() {
        browser.driver.manage().deleteAllCookies();
    }

    @Test
    void visitorSignsUpConfirmsByMailAndLogsIn() {
        String email = "aanmelder." + System.nanoTime() + "@netwerkplaats.test";
        open("aanmelden.xhtml");
        type("signup:name", "Anna Aanmelder");
        type("signup:email", email);
        type("signup:password", "mijn lange wachtwoord voor het netwerk");
        new Select(find("signup:role")).selectByVisibleText("Vrijwilliger");
        new Select(find("signup:municipality")).selectByVisibleText("Deventer");
        browser.driver.findElement(By.cssSelector("input[type=checkbox][name='signup:themes']")).click();
        find("signup:submit").click();
        waitFor(By.id("done"));
        checkPage();

        TestMailServer.Mail mail = TestMailServer.awaitMail(email, m -> m.body().contains("bevestigen.xhtml"));
        assertEquals("Bevestig je aanmelding bij Netwerkplaats", mail.subject());
        logIn(email, "mijn lange wachtwoord voor het netwerk");
        assertTrue(find("login:messages").getText().contains("nog niet actief"));

        open(localPart(mail.link("bevestigen.xhtml")));
        find("confirm:submit").click();
        waitFor(By.id("to-login"));
        checkPage();
        logIn(email, "mijn lange wachtwoord voor het netwerk");
        waitFor(By.cssSelector(".signed-in"));
        open("mijn/profiel.xhtml");
        assertEquals("Anna Aanmelder", find("profile:name").getAttribute("value"));
    }

    @Test
    void signUpShowsDutchMessagesAtTheFieldsAndKeepsTheInput() {
        open("aanmelden.xhtml");
        type("signup:name", "Bert");
        type("signup:email", "geen-adres");
        type("signup:password", "kort");
        find("signup:submit").click();
        waitFor(By.cssSelector(".ui-message-error, .msg-error"));
        String page = find("signup").getText();
        assertTrue(page.contains("Vul een geldig e-mailadres in"), page);
        assertTrue(page.contains("Vul dit veld in"), page);
        assertEquals("Bert", find("signup:name").getAttribute("value"));
        checkPage();
    }

    @Test
    void forgottenPasswordAnswersTheSameForStrangers() {
        open("account/wachtwoord-vergeten.xhtml");
        type("forgot:email", "onbekend." + System.nanoTime() + "@netwerkplaats.test");
        find("forgot:submit").click();
        String stranger = waitFor(By.id("forgot-done")).getText();

        open("account/wachtwoord-vergeten.xhtml");
        type("forgot:email", NetworkFixture.MEMBER);
        find("forgot:submit").click();
        assertEquals(stranger, waitFor(By.id("forgot-done")).getText());
        checkPage();
        TestMailServer.Mail mail = TestMailServer.awaitMail(NetworkFixture.MEMBER,
                m -> m.body().contains("nieuw-wachtwoord.xhtml"));
        assertTrue(mail.body().contains("Lies Lid"), mail.body());
    }

    @Test
    void htmlInOrganisationTextsIsShownAsText() throws Exception {
        HttpResponse<String> map = get("netwerk/kaart.xhtml?q=samenwerken");
        assertEquals(200, map.statusCode());
        assertFalse(map.body().contains("<script>alert('x')</script>"), "script ran through");
        assertFalse(map.body().contains("<img src=x"), "markup ran through");
        assertTrue(map.body().contains("&lt;script&gt;"), "name shown as text");

        open("netwerk/kaart.xhtml?q=samenwerken");
        WebElement hit = browser.driver.findElement(By.linkText(NetworkFixture.ORGANISATION));
        hit.click();
        waitFor(By.id("facts"));
        assertEquals(NetworkFixture.ORGANISATION, browser.driver.findElement(By.tagName("h1")).getText());
        assertTrue(find("description").getText().contains("<b>vet</b>"));
        checkPage();
    }

    @Test
    void hiddenProfileFieldsNeverReachPagesOrTheApi() throws Exception {
        HttpResponse<String> people = get("netwerk/kaart.xhtml?wie=mensen&q=taalmaatjes");
        assertTrue(people.body().contains("Lies Lid"), "the visible part is findable");
        assertFalse(people.body().contains(NetworkFixture.HIDDEN_BIO));
        assertFalse(get("netwerk/kaart.xhtml?wie=mensen&q=mantelzorgroute").body().contains("Lies Lid"),
                "hidden text is not searchable");

        open("netwerk/kaart.xhtml?wie=mensen&q=taalmaatjes");
        browser.driver.findElement(By.linkText("Lies Lid")).click();
        waitFor(By.id("person-facts"));
        String page = browser.driver.getPageSource();
        assertTrue(page.contains(NetworkFixture.VISIBLE_OFFER));
        assertFalse(page.contains(NetworkFixture.HIDDEN_BIO));
        assertFalse(page.contains(NetworkFixture.HIDDEN_EMAIL));
        checkPage();

        String json = get("api/organisations?q=samenwerken").body();
        assertTrue(json.contains("\"total\":") && json.contains("Buurtco"), json);
        assertFalse(json.contains(NetworkFixture.HIDDEN_EMAIL) || json.contains("Lies Lid"), json);
        assertEquals(400, get("api/organisations?municipality=9999").statusCode());
    }

    @Test
    void coordinatorExportsTheMapAsCsvAndVisitorsCannot() throws Exception {
        HttpResponse<String> anonymous = get("coordinatie/kaart.csv?q=samenwerken");
        assertFalse(anonymous.body().contains("Buurtco"), "visitors get no export");

        logIn(NetworkFixture.COORDINATOR, NetworkFixture.PASSWORD);
        waitFor(By.cssSelector(".signed-in"));
        open("netwerk/kaart.xhtml?q=samenwerken");
        String href = find("export-csv").getAttribute("href");
        assertTrue(href.contains("q=samenwerken"), href);
        String cookie = browser.driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue()).reduce((a, b) -> a + "; " + b).orElse("");
        HttpResponse<String> csv = http.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookie)
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("\"Buurtcoöperatie <script>"), csv.body());
        assertTrue(csv.body().startsWith("\uFEFFid;naam;soort;geverifieerd"), csv.body());
        assertTrue(csv.body().contains("\"Bewonersinitiatief\";nee"), csv.body());
        assertFalse(csv.body().contains(NetworkFixture.HIDDEN_EMAIL), "no personal data in the export");
    }

    @Test
    void administratorReadsTheOutbox() {
        open("account/wachtwoord-vergeten.xhtml");
        type("forgot:email", NetworkFixture.OUTSIDER);
        find("forgot:submit").click();
        waitFor(By.id("forgot-done"));
        logIn(NetworkFixture.ADMIN, NetworkFixture.PASSWORD);
        assertTrue(waitFor(By.cssSelector(".signed-in")).getText().contains(NetworkFixture.ADMIN));
        browser.driver.findElement(By.cssSelector("nav.main-nav")).findElement(By.linkText("Beheer")).click();
        waitFor(By.cssSelector("nav.sub-nav")).findElement(By.linkText("Post")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.textToBe(By.tagName("h1"), "Post"));
        checkPage();
        assertTrue(find("smtp-state").getText().contains("SMTP-server is ingesteld"));
        // Other tests' timers may queue hundreds of mails meanwhile: look for this person's mail, as an admin would.
        type("aan", NetworkFixture.OUTSIDER);
        find("aan").submit();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("aan="));
        checkPage();
        assertTrue(find("mails").getText().contains(NetworkFixture.OUTSIDER), "the reset mail is listed");
        assertTrue(find("mails").getText().contains("wachtwoord"), find("mails").getText());
        open("beheer/logboek.xhtml");
        open("coordinatie/mensen.xhtml");
        // Many tests add people to the shared database: search, as a coordinator would, rather than read page 1.
        type(PEOPLE_FORM + ":search", "Lies Lid");
        find(PEOPLE_FORM + ":find").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("people-table"), "Lies Lid"));
    }

    private static final String PEOPLE_FORM = "people";

    @Test
    void membersCannotEditOrganisationsTheyDoNotManageNorOpenCoordination() {
        logIn(NetworkFixture.OUTSIDER, NetworkFixture.PASSWORD);
        waitFor(By.cssSelector(".signed-in"));
        open("netwerk/kaart.xhtml?q=samenwerken");
        browser.driver.findElement(By.linkText(NetworkFixture.ORGANISATION)).click();
        waitFor(By.id("facts"));
        assertTrue(browser.driver.findElements(By.id("edit")).isEmpty(), "no edit link for an outsider");
        String id = URI.create(browser.driver.getCurrentUrl()).getQuery().replaceAll(".*id=(\\d+).*", "$1");

        browser.driver.get(url("mijn/organisatie.xhtml?id=" + id).toString());
        assertEquals("Geen toegang", waitFor(By.tagName("h1")).getText());
        browser.driver.get(url("coordinatie/mensen.xhtml").toString());
        assertEquals("Geen toegang", waitFor(By.tagName("h1")).getText());
        browser.driver.get(url("beheer/post.xhtml").toString());
        assertEquals("Geen toegang", waitFor(By.tagName("h1")).getText());
    }

    @Test
    void idsThatAreNoNumberOrUnknownAreNotFound() throws Exception {
        for (String path : List.of("netwerk/persoon.xhtml?id=abc", "netwerk/persoon.xhtml?id=999999999",
                "netwerk/organisatie.xhtml?id=abc", "netwerk/organisatie.xhtml?id=999999999")) {
            HttpResponse<String> response = get(path);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.body().contains("Pagina niet gevonden"), path);
        }
    }

    private void logIn(String email, String password) {
        open("inloggen.xhtml");
        type("login:email", email);
        type("login:password", password);
        find("login:submit").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
                !d.findElements(By.cssSelector(".signed-in")).isEmpty()
                        || !d.findElements(By.cssSelector("#login\\:messages .msg-error")).isEmpty());
    }

    private static String localPart(String link) {
        URI uri = URI.create(link);
        return uri.getRawPath().substring(1) + "?" + uri.getRawQuery();
    }

    private void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    private WebElement find(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private void open(String path) {
        browser.driver.get(url(path).toString());
        checkPage();
    }

    private void checkPage() {
        List<String> violations = browser.accessibilityViolations();
        assertTrue(violations.isEmpty(), browser.driver.getCurrentUrl() + ":\n" + String.join("\n", violations));
        List<String> foreign = browser.foreignRequests(URI.create(base.toString()));
        assertTrue(foreign.isEmpty(), "requests to other hosts: " + foreign);
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create(base.toString()).resolve(path);
    }
}
