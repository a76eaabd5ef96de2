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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Netwerkplaats as a visitor and an administrator meet it: real HTTP against Payara Micro, and headless Chromium
 * that runs axe-core (WCAG 2.1 AA) on every page it opens and fails on any request to another host.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.netwerkplaats().addClass(AdminFixture.class);
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
    void visitorOpensEachAreaInDutchWithEmptyStates() {
        open("");
        assertEquals("nl", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Welkom bij Netwerkplaats", heading());
        assertTrue(browser.driver.findElement(By.id("count-themes")).getText().matches("\\d+"));

        clickNav("Netwerk");
        assertEquals("Netwerk", heading());
        assertTrue(browser.driver.findElement(By.id("theme-list")).getText().contains("Eenzaamheid"));

        clickNav("Bijeenkomsten");
        assertEquals("Bijeenkomsten", heading());
        // other test classes share the database and may have published gatherings
        assertTrue(!browser.driver.findElements(By.id("gatherings-empty")).isEmpty()
                || !browser.driver.findElements(By.id("agenda")).isEmpty());

        clickNav("Kennisbank");
        assertEquals("Kennisbank", heading());
        // other test classes share the database and may have published knowledge items
        assertTrue(!browser.driver.findElements(By.id("knowledge-empty")).isEmpty()
                || !browser.driver.findElements(By.id("hit-list")).isEmpty());
    }

    @Test
    void visitorPicksAProvinceAndSeesItsMunicipalities() {
        open("netwerk/");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("provincie")))
                .selectByVisibleText("Overijssel");
        browser.driver.findElement(By.cssSelector("form.inline-form button")).click();
        waitFor(By.id("municipality-list"));
        String list = browser.driver.findElement(By.id("municipality-list")).getText();
        assertTrue(list.contains("Deventer") && list.contains("Hof van Twente"), list);
        checkPage();
    }

    @Test
    void languageSwitchTurnsThePagesEnglishAndBack() {
        open("kennisbank/");
        browser.driver.findElement(By.linkText("English")).click();
        waitForHeading("Knowledge bank");
        assertEquals("en", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
        checkPage();
        clickNav("Gatherings");
        assertEquals("Gatherings", heading());

        browser.driver.findElement(By.linkText("Nederlands")).click();
        waitForHeading("Bijeenkomsten");
    }

    @Test
    void administratorLogsInManagesThemesAndLogsOut() {
        open("inloggen.xhtml");
        browser.driver.findElement(By.id("login:email")).sendKeys(AdminFixture.EMAIL);
        browser.driver.findElement(By.id("login:password")).sendKeys(AdminFixture.PASSWORD);
        browser.driver.findElement(By.id("login:submit")).click();
        waitFor(By.cssSelector(".signed-in"));
        checkPage();

        clickNav("Beheer");
        assertEquals("Thema's beheren", heading());
        String name = "Digitale ontmoeting " + System.nanoTime();
        browser.driver.findElement(By.id("themes:newNameNl")).sendKeys(name);
        browser.driver.findElement(By.id("themes:add")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("themes:table"), name));
        assertTrue(browser.driver.findElement(By.id("themes:messages")).getText().contains("is toegevoegd"));
        checkPage();

        browser.driver.findElement(By.id("themes:add")).click(); // empty name
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("themes"), "Vul dit veld in"));

        browser.driver.findElement(By.cssSelector(".logout-form button")).click();
        waitFor(By.cssSelector("p.notice"));
        assertTrue(browser.driver.findElements(By.cssSelector(".signed-in")).isEmpty());
        assertFalse(browser.driver.getPageSource().contains(">Beheer<"));
    }

    @Test
    void wrongPasswordGetsAClearMessage() {
        open("inloggen.xhtml");
        browser.driver.findElement(By.id("login:email")).sendKeys("niemand@netwerkplaats.test");
        browser.driver.findElement(By.id("login:password")).sendKeys("verkeerd wachtwoord");
        browser.driver.findElement(By.id("login:submit")).click();
        waitFor(By.cssSelector(".msg-error"));
        assertTrue(browser.driver.findElement(By.id("login:messages")).getText()
                .contains("E-mailadres of wachtwoord klopt niet"));
        checkPage();
    }

    @Test
    void missingPageShowsTheErrorPageWithAnErrorId() throws Exception {
        open("bestaat/niet.xhtml");
        assertEquals("Pagina niet gevonden", heading());
        assertTrue(browser.driver.findElement(By.id("error-id")).getText().matches("[0-9A-F]{10}"));
        checkPage();
        HttpResponse<String> response = get("bestaat/niet.xhtml");
        assertEquals(404, response.statusCode());
        assertFalse(response.body().contains(".java:") || response.body().contains("Exception:"),
                "stack trace on the page");
    }

    @Test
    void administrationAsksAVisitorToLogIn() {
        open("beheer/themas.xhtml");
        waitForHeading("Inloggen");
    }

    @Test
    void publicPagesCarrySecurityHeadersAndCreateNoSession() throws Exception {
        for (String path : List.of("", "netwerk/", "bijeenkomsten/", "kennisbank/")) {
            HttpResponse<String> response = get(path);
            assertEquals(200, response.statusCode(), path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'self'"), csp);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(null));
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), path + " made a session");
        }
    }

    @Test
    void logoutWithoutTheFormTokenIsRefused() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url("uitloggen"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, response.statusCode());
    }

    @Test
    void restListsThemesMunicipalitiesAndEmptyModules() throws Exception {
        HttpResponse<String> themes = get("api/themes");
        assertEquals(200, themes.statusCode());
        assertTrue(themes.body().contains("\"nameNl\":\"Eenzaamheid\""), themes.body());
        HttpResponse<String> flevoland = get("api/municipalities?province=PV24");
        assertTrue(flevoland.body().contains("\"name\":\"Lelystad\""), flevoland.body());
        HttpResponse<String> gatherings = get("api/gatherings");
        assertEquals(200, gatherings.statusCode());
        assertTrue(gatherings.body().startsWith("["), gatherings.body());
        assertTrue(get("api/knowledge").body().contains("\"total\":"), get("api/knowledge").body());
        assertEquals(404, get("api/themes/999999").statusCode());
        assertEquals("pong", get("api/ping").body());
    }

    @Test
    void readinessIncludesTheDatabase() throws Exception {
        URI health = URI.create(base.getProtocol() + "://" + base.getAuthority() + "/health/ready");
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"database\""), response.body());
    }

    private void open(String path) {
        browser.driver.get(url(path).toString());
        checkPage();
    }

    private void clickNav(String label) {
        browser.driver.findElement(By.cssSelector("nav.main-nav")).findElement(By.linkText(label)).click();
        waitForHeading(null);
        checkPage();
    }

    /** Fails on WCAG 2.1 AA violations and on requests to any other host. */
    private void checkPage() {
        List<String> violations = browser.accessibilityViolations();
        assertTrue(violations.isEmpty(), browser.driver.getCurrentUrl() + ":\n" + String.join("\n", violations));
        List<String> foreign = browser.foreignRequests(URI.create(base.toString()));
        assertTrue(foreign.isEmpty(), "requests to other hosts: " + foreign);
    }

    private String heading() {
        return browser.driver.findElement(By.tagName("h1")).getText();
    }

    private void waitForHeading(String text) {
        WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(10));
        if (text == null) {
            wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        } else {
            wait.until(ExpectedConditions.textToBe(By.tagName("h1"), text));
        }
    }

    private WebElement waitFor(By locator) {
        return new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create(base.toString()).resolve(path);
    }
}
