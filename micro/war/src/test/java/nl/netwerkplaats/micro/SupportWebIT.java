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
 * The support marketplace as people use it, in headless Chromium with axe-core (WCAG 2.1 AA) on every page: a
 * member asks, the coordinator sees who could help and why, links, the helper is mailed and accepts, visitors see
 * no contact details; offers; the administrators' points and the coordinators' activity.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupportWebIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.netwerkplaats().addClasses(SupportFixture.class);
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
    void memberAsksAndGetsMessagesAtTheFieldsFirst() {
        logIn(SupportFixture.ASKER);
        open("mijn/hulpvraag.xhtml");
        submit("ask:submit");
        waitForText("ask", "Vul dit veld in.");
        assertTrue(text("ask").contains("Kies er minstens één."), text("ask"));
        checkPage();

        String title = "Tuinhulp " + System.nanoTime();
        type("ask:title", title);
        type("ask:need", "Wie helpt een middag met de moestuin?");
        submit("ask:submit");
        waitForText("ask", "Kies er minstens één.");
        assertEquals(title, find("ask:title").getAttribute("value"), "what was typed stays");
        checkPage();

        checkBox("ask:helpKinds", "Handen");
        checkBox("ask:themes", SupportFixture.THEME);
        new Select(find("ask:municipality")).selectByVisibleText("Deventer");
        submit("ask:submit");
        waitFor(By.id("request-title"));
        assertEquals(title, find("request-title").getText());
        assertTrue(text("messages").contains("staat erop"), text("messages"));
        assertTrue(text("contact").contains(SupportFixture.ASKER), "the requester sees their own details");
        assertTrue(text("history").contains("Vraag geplaatst"), text("history"));
        checkPage();
    }

    @Test
    void coordinatorLinksTheBestMatchWhoIsMailedAndAcceptsWhileVisitorsSeeNoContactDetails() throws Exception {
        String title = "Samen koken voor eenzame ouderen " + System.nanoTime();
        String requestPath = ask(title, "Wie kookt er mee met eenzame ouderen in de wijk?");
        browser.driver.manage().deleteAllCookies();

        logIn(SupportFixture.COORDINATOR);
        open(requestPath);
        String candidates = text("candidates");
        assertTrue(candidates.contains(SupportFixture.ORGANISATION), candidates);
        // The shared test database holds other tests' organisations too; ours must be near the top, with reasons.
        List<WebElement> ranked = browser.driver.findElements(By.cssSelector("#candidates > li"));
        String ours = ranked.stream().limit(3).map(WebElement::getText)
                .filter(t -> t.contains(SupportFixture.ORGANISATION)).findFirst()
                .orElseThrow(() -> new AssertionError("not in the first three: " + candidates));
        assertTrue(ours.contains("zelfde thema: Eenzaamheid") && ours.contains("werkt in Deventer"), ours);

        submit("link:link");
        waitForText("link", "Kies er minstens één.");
        checkPage();
        checkBox("link:parties", SupportFixture.ORGANISATION);
        Select contactPerson = new Select(find("link:contactPerson"));
        assertTrue(contactPerson.getOptions().stream().anyMatch(o -> o.getText().startsWith("Ik (")),
                "the linker may follow it up");
        contactPerson.selectByVisibleText("Coördinator " + SupportFixture.COLLEAGUE_NAME);
        submit("link:link");
        waitForText("messages", "Gekoppeld aan 1");
        assertTrue(text("linked").contains(SupportFixture.ORGANISATION), text("linked"));
        assertTrue(text("contact").contains(SupportFixture.COLLEAGUE_NAME), "another coordinator follows it up: "
                + text("contact"));
        assertTrue(text("history").contains("Gekoppeld aan " + SupportFixture.ORGANISATION), text("history"));
        checkPage();

        TestMailServer.Mail mail = TestMailServer.awaitMail(SupportFixture.HELPER, m -> m.subject().contains(title));
        assertTrue(mail.body().contains("mijn/steun.xhtml") && mail.body().contains(SupportFixture.COLLEAGUE_NAME),
                mail.body());

        browser.driver.manage().deleteAllCookies();
        open(requestPath);
        assertFalse(browser.driver.getPageSource().contains(SupportFixture.ASKER), "no contact details for visitors");
        assertTrue(browser.driver.findElements(By.id("contact")).isEmpty());
        HttpResponse<String> visitor = get(requestPath);
        assertEquals(200, visitor.statusCode());
        assertTrue(visitor.headers().allValues("Set-Cookie").isEmpty(), "the public page made a session");
        assertEquals(404, get("netwerk/steun/vraag.xhtml?id=999999999").statusCode());
        String id = requestPath.substring(requestPath.indexOf("id=") + 3);
        HttpResponse<String> json = get("api/support/requests?q=" + title.substring(title.lastIndexOf(' ') + 1));
        assertEquals(200, json.statusCode());
        assertTrue(json.body().contains("\"title\":\"" + title + "\"") && !json.body().contains(SupportFixture.ASKER),
                json.body());
        assertEquals(401, get("api/support/requests/" + id + "/matches").statusCode(), "matches need a session");

        logIn(SupportFixture.HELPER);
        open("mijn/steun.xhtml");
        String card = "//ul[@id='link-list']/li[contains(., '" + title + "')]";
        submit(browser.driver.findElement(By.xpath(card + "//button[contains(., 'Ik help')]")));
        waitForText("messages", "je helpt bij");
        assertTrue(browser.driver.findElement(By.xpath(card)).getText().contains("Helpt"));
        assertTrue(text("contribution-list").contains("Hulpvraag beantwoord"), text("contribution-list"));
        checkPage();
        open(requestPath);
        assertTrue(text("contact").contains(SupportFixture.ASKER), "a party that accepted sees the requester");

        open("netwerk/steun/?q=" + title.substring(title.lastIndexOf(' ') + 1));
        assertTrue(text("requests").contains(title), text("requests"));
    }

    @Test
    void memberOffersHelpWhichOthersFind() {
        logIn(SupportFixture.HELPER);
        open("mijn/aanbod.xhtml");
        submit("offer:submit");
        waitForText("offer", "Vul dit veld in.");
        checkPage();
        String title = "Fietsles " + System.nanoTime();
        type("offer:title", title);
        type("offer:description", "Ik leer volwassenen fietsen.");
        checkBox("offer:helpKinds", "Kennis");
        checkBox("offer:themes", SupportFixture.THEME);
        submit("offer:submit");
        waitFor(By.id("offer-list"));
        assertTrue(text("offer-list").contains(title), text("offer-list"));
        checkPage();

        browser.driver.manage().deleteAllCookies();
        open("netwerk/steun/aanbod.xhtml?q=" + title.substring(title.indexOf(' ') + 1));
        assertTrue(text("offers").contains(title) && text("offers").contains(SupportFixture.ORGANISATION) == false,
                text("offers"));
    }

    @Test
    void administratorSetsPointsWithinRangeAndCoordinatorSeesActivity() {
        logIn(SupportFixture.ADMIN, SupportFixture.PASSWORD);
        open("beheer/punten.xhtml");
        WebElement first = browser.driver.findElement(By.cssSelector("#points input[type=number]"));
        String before = first.getAttribute("value");
        first.clear();
        first.sendKeys("2000");
        submit("points:save");
        waitForText("points", "Vul een heel getal van 0 tot en met 1000 in.");
        checkPage();
        first = browser.driver.findElement(By.cssSelector("#points input[type=number]"));
        first.clear();
        first.sendKeys(before);
        submit("points:save");
        waitForText("points:messages", "De punten zijn opgeslagen.");

        open("coordinatie/activiteit.xhtml");
        assertEquals("Activiteit", browser.driver.findElement(By.tagName("h1")).getText());

        browser.driver.manage().deleteAllCookies();
        logIn(SupportFixture.ASKER);
        browser.driver.get(url("coordinatie/activiteit.xhtml").toString());
        waitFor(By.tagName("h1"));
        assertEquals("Geen toegang", browser.driver.findElement(By.tagName("h1")).getText());
    }

    @Test
    void organisationPostsAnAssignmentAStudentRespondsAndTheOrganisationPicksAndFinishes() {
        logIn(SupportFixture.HELPER);
        open("mijn/opdracht.xhtml");
        String title = "Onderzoek naar eenzame jongeren " + System.nanoTime();
        type("post:title", title);
        type("post:question", "Hoe bereiken we eenzame jongeren in de wijk?");
        type("post:scope", "Tien weken, twee studenten.");
        date("post:startsOn", "2027-03-01");
        date("post:endsOn", "2027-02-01");
        new Select(find("post:theme")).selectByVisibleText(SupportFixture.THEME);
        type("post:contact", "Steun Helper, via het kookcafé");
        submit("post:submit");
        waitForText("post", "De einddatum ligt voor de begindatum.");
        checkPage();
        date("post:endsOn", "2027-05-01");
        submit("post:submit");
        waitFor(By.id("assignment-title"));
        assertEquals(title, find("assignment-title").getText());
        String assignmentPath = localPath();
        checkPage();

        browser.driver.manage().deleteAllCookies();
        logIn(SupportFixture.STUDENT);
        open(assignmentPath);
        submit("respond:send");
        waitForText("respond", "Vul dit veld in.");
        type("respond:motivation", "Ik studeer sociaal werk en doe dit graag.");
        submit("respond:send");
        waitFor(By.id("responded"));
        checkPage();

        browser.driver.manage().deleteAllCookies();
        logIn(SupportFixture.HELPER);
        open(assignmentPath);
        assertTrue(text("response-list").contains(SupportFixture.STUDENT_NAME), text("response-list"));
        submit(browser.driver.findElement(By.xpath("//ul[@id='response-list']/li[contains(., '"
                + SupportFixture.STUDENT_NAME + "')]//button")));
        waitFor(By.id("workers"));
        assertTrue(text("workers").contains(SupportFixture.STUDENT_NAME));
        TestMailServer.Mail response = TestMailServer.awaitMail(SupportFixture.HELPER,
                m -> m.subject().equals("Reactie op je opdracht: " + title));
        assertTrue(response.body().contains(SupportFixture.STUDENT_NAME) && response.body().contains("sociaal werk"),
                response.body());
        TestMailServer.Mail picked = TestMailServer.awaitMail(SupportFixture.STUDENT,
                m -> m.subject().equals("Je bent gekozen voor de opdracht: " + title));
        assertTrue(picked.body().contains("Steun Helper, via het kookcafé"), picked.body());
        open("mijn/opdrachten.xhtml");
        String posted = browser.driver.findElement(By.xpath("//ul[@id='posted-list']/li[contains(., '" + title + "')]"))
                .getText();
        assertTrue(posted.contains("1 reactie") && posted.contains("Wordt uitgevoerd"), posted);
        open(assignmentPath);
        type("finish:resultUrl", "geen adres");
        submit("finish:done");
        waitForText("finish", "Vul een webadres in");
        checkPage();
        type("finish:resultUrl", "https://hogeschool.example/rapport");
        submit("finish:done");
        waitFor(By.id("result"));
        assertTrue(text("result").contains("https://hogeschool.example/rapport"));
        assertEquals("Afgerond", text("assignment-status"));
        checkPage();

        browser.driver.manage().deleteAllCookies();
        logIn(SupportFixture.STUDENT);
        open("netwerk/opdrachten/");
        find("my-assignments-link").click();
        waitFor(By.id("responded-list"));
        checkPage();
        String mine = browser.driver.findElement(By.xpath("//ul[@id='responded-list']/li[contains(., '" + title + "')]"))
                .getText();
        assertTrue(mine.contains("Je bent gekozen") && mine.contains("Afgerond"), mine);
        assertTrue(browser.driver.findElements(By.id("posted-empty")).size() == 1, "the student's organisations posted nothing");

        browser.driver.manage().deleteAllCookies();
        open(assignmentPath);
        assertTrue(text("workers").contains("een student"), "a visitor does not see the student's name");
        open("netwerk/opdrachten/");
    }

    // ---- Helpers ----

    private void date(String id, String isoDate) {
        browser.driver.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
    }

    private String localPath() {
        URI page = URI.create(browser.driver.getCurrentUrl());
        String path = page.getRawPath();
        return path.substring(path.indexOf("netwerk/")) + "?" + page.getRawQuery();
    }

    /** Asks through the form as the fixture's member; returns the path of the new request's page. */
    private String ask(String title, String need) {
        logIn(SupportFixture.ASKER);
        open("mijn/hulpvraag.xhtml");
        type("ask:title", title);
        type("ask:need", need);
        checkBox("ask:helpKinds", "Handen");
        checkBox("ask:themes", SupportFixture.THEME);
        new Select(find("ask:municipality")).selectByVisibleText("Deventer");
        submit("ask:submit");
        waitFor(By.id("request-title"));
        URI page = URI.create(browser.driver.getCurrentUrl());
        return page.getRawPath().substring(page.getRawPath().indexOf("netwerk/")) + "?" + page.getRawQuery();
    }

    /** Clicks a button that submits its form without Ajax, and waits until the next page has replaced this one. */
    private void submit(String buttonId) {
        submit(find(buttonId));
    }

    private void submit(WebElement button) {
        WebElement page = browser.driver.findElement(By.tagName("html"));
        button.click();
        // Chromium reports a replaced page either as a stale element or as a node "not in the document".
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true;
            }
        });
    }

    private void checkBox(String groupId, String label) {
        browser.driver.findElement(By.xpath("//*[@id='" + groupId + "']//label[contains(., \"" + label
                + "\")]")).click();
    }

    private void logIn(String email) {
        logIn(email, SupportFixture.PASSWORD);
    }

    private void logIn(String email, String password) {
        open("inloggen.xhtml");
        type("login:email", email);
        type("login:password", password);
        find("login:submit").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector(".signed-in")));
    }

    private void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    private WebElement find(String id) {
        return browser.driver.findElement(By.id(id));
    }

    private String text(String id) {
        return find(id).getText();
    }

    private void waitForText(String id, String text) {
        try {
            new WebDriverWait(browser.driver, Duration.ofSeconds(15))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("'" + text + "' not in #" + id + " at " + browser.driver.getCurrentUrl()
                    + ":\n" + browser.driver.findElement(By.tagName("main")).getText(), e);
        }
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
