package nl.netwerkplaats.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Importing a report as people and programs do it: {@code POST /api/imports/report} (proposal as JSON, nothing
 * saved; 401 / 403 CSRF / 403 not allowed / 413 / 415 / 400), and the page in headless Chromium with axe-core on
 * each step: paste, see the proposal with the unrecognised line marked, correct it, save.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportImportWebIT {

    static final String REPORT = String.join("\n", "Themadag Webimport, 2 april 2022", "Een losse zin zonder kop.", "", "Vraag:",
            "Welke best practices kent u?", "", "Tafel 1", "Best practices", "- Het buurtontbijt.", "Rode draden",
            "- Rode draad 1: samen.", "", "Tafel 2", "Casus Buurtbus: de bus rijdt niet meer.", "Suggesties:",
            "- Vraag de ouderenbond.", "", "Knelpunt 1: de vergunning", "- Gemeente: de regels zijn streng.");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.netwerkplaats().addClasses(ReportImportFixture.class);
    }

    private static Browser browser;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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

    /** The browser's session cookies, after logging in there. */
    private String sessionOf(URL base, String email) {
        browser.at(base).logIn(email, ReportImportFixture.PASSWORD);
        assertTrue(browser.signedIn(), email + " could not log in");
        return browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
    }

    private static HttpResponse<String> post(URL base, String cookie, String contentType, String body,
                                             String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/imports/report"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void restReturnsTheProposalAsJsonAndRefusesForgedAnonymousAndOversizedRequests(@ArquillianResource URL base)
            throws Exception {
        String plain = "text/plain; charset=UTF-8";
        HttpResponse<String> anonymous = post(base, null, plain, REPORT, "X-Requested-By", "test");
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.body().contains("\"SIGN_IN\""), anonymous.body());

        String organiser = sessionOf(base, ReportImportFixture.ORGANISER);
        HttpResponse<String> ok = post(base, organiser, plain, REPORT, "X-Requested-By", "test");
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        for (String expected : List.of("\"title\":\"Themadag Webimport\"", "\"date\":\"2022-04-02\"",
                "\"kind\":\"THEMADAG\"", "\"question\":\"Welke best practices kent u?\"", "\"type\":\"RODE_DRAAD\"",
                "\"type\":\"SUGGESTIE\"", "\"forCase\":", "\"table\":2", "\"round\":1",
                "\"unrecognised\":[{\"number\":2,\"role\":\"NOTE\",\"text\":\"Een losse zin zonder kop.\"}]")) {
            assertTrue(ok.body().contains(expected), expected + " in " + ok.body());
        }

        HttpResponse<String> forged = post(base, organiser, plain, REPORT);
        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("\"CSRF\""), forged.body());
        HttpResponse<String> otherSite = post(base, organiser, plain, REPORT, "X-Requested-By", "test", "Origin",
                "https://elders.example.org");
        assertEquals(403, otherSite.statusCode());
        HttpResponse<String> sameSite = post(base, organiser, plain, REPORT, "X-Requested-By", "test", "Origin",
                base.getProtocol() + "://" + base.getAuthority());
        assertEquals(200, sameSite.statusCode(), sameSite.body());

        assertEquals(415, post(base, organiser, "application/json", "{}", "X-Requested-By", "test").statusCode());
        HttpResponse<String> empty = post(base, organiser, plain, " \n ", "X-Requested-By", "test");
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("Het verslag is leeg."), empty.body());
        HttpResponse<String> tooLong = post(base, organiser, plain, "x".repeat(200_001), "X-Requested-By", "test",
                "Accept-Language", "en");
        assertEquals(413, tooLong.statusCode());
        assertTrue(tooLong.body().contains("\"TOO_LONG\"") && tooLong.body().contains("at most 200000 characters"),
                tooLong.body());
        HttpResponse<String> huge = post(base, organiser, plain, "y".repeat(900_000), "X-Requested-By", "test");
        assertEquals(413, huge.statusCode(), "more bytes than any allowed report are not even read");

        String member = sessionOf(base, ReportImportFixture.MEMBER);
        HttpResponse<String> notAllowed = post(base, member, plain, REPORT, "X-Requested-By", "test");
        assertEquals(403, notAllowed.statusCode());
        assertTrue(notAllowed.body().contains("\"NOT_ALLOWED\""), notAllowed.body());
    }

    @Test
    void organiserPastesCorrectsThePreviewAndSavesTheGathering(@ArquillianResource URL base) {
        browser.at(base).logIn(ReportImportFixture.ORGANISER, ReportImportFixture.PASSWORD);
        browser.open("bijeenkomsten/organisatie/");
        browser.find("import-report").click();
        browser.checkPage();
        WebElement text = browser.find("paste:text");
        browser.driver.executeScript("arguments[0].value = arguments[1];", text, REPORT);
        browser.find("paste:propose").click();
        browser.waitFor(By.id("preview:save"));
        browser.checkPage();

        assertEquals("Themadag Webimport", browser.find("preview:title").getAttribute("value"));
        assertEquals("2022-04-02", browser.find("preview:date").getAttribute("value"));
        List<WebElement> marks = browser.driver.findElements(By.cssSelector(".unrecognised-mark"));
        assertEquals(1, marks.size(), "the one line without a heading is marked");
        assertTrue(browser.find("import-summary").getText().contains("1 regel niet herkend"));
        int items = browser.driver.findElements(By.cssSelector("#item-table tbody tr")).size();
        assertEquals(6, items);
        assertEquals("Gemeente: de regels zijn streng.", browser.find("preview:items:5:governmentView")
                .getAttribute("value"));
        assertEquals("RODE_DRAAD", new Select(browser.find("preview:items:2:type")).getFirstSelectedOption()
                .getAttribute("value"));
        assertEquals("2", new Select(browser.find("preview:items:3:table")).getFirstSelectedOption()
                .getAttribute("value"));

        // the user corrects: the loose line becomes an idea at table 2, the rode draad is left out
        new Select(browser.find("preview:items:0:type")).selectByValue("IDEE");
        new Select(browser.find("preview:items:0:table")).selectByValue("2");
        browser.find("preview:items:2:keep").click();
        browser.type("preview:title", "Themadag Webimport (gecorrigeerd)");

        // without a place the service refuses, names the field, and nothing is saved
        browser.find("preview:save").click();
        WebElement placeError = browser.waitFor(By.cssSelector("[id='preview:place'] ~ .msg-error"));
        assertFalse(placeError.getText().isBlank());
        browser.checkPage();
        assertFalse(browser.find("preview:items:2:keep").isSelected(), "the corrections survive the refusal");

        browser.type("preview:place", "Buurthuis De Linde");
        browser.find("preview:save").click();
        browser.waitFor(By.id("organise-status"));
        browser.checkPage();
        assertTrue(browser.driver.getCurrentUrl().contains("bewerken.xhtml?id="));
        assertTrue(browser.find("messages").getText().contains("met 5 onderdelen oogst"),
                browser.find("messages").getText());
        assertEquals("Themadag Webimport (gecorrigeerd)", browser.find("gathering:title").getAttribute("value"));
    }

    @Test
    void anUploadedWindowsFileIsReadAndAMemberWhoOrganisesNothingIsTurnedAway(@ArquillianResource URL base)
            throws Exception {
        Path file = Files.createTempFile("verslag", ".txt");
        Files.write(file, "Ontmoeting Café-avond, 5 mei 2021\n\nTafel 1\nKernboodschap\n- Één keer per maand."
                .getBytes(Charset.forName("windows-1252")));
        browser.at(base).logIn(ReportImportFixture.ORGANISER, ReportImportFixture.PASSWORD);
        browser.open("bijeenkomsten/organisatie/importeren.xhtml");
        browser.find("paste:file").sendKeys(file.toAbsolutePath().toString());
        browser.find("paste:propose").click();
        browser.waitFor(By.id("preview:save"));
        assertEquals("Ontmoeting Café-avond", browser.find("preview:title").getAttribute("value"));
        assertEquals("Één keer per maand.", browser.find("preview:items:0:text").getAttribute("value"));
        assertEquals("KERNBOODSCHAP", new Select(browser.find("preview:items:0:type")).getFirstSelectedOption()
                .getAttribute("value"));

        browser.logIn(ReportImportFixture.MEMBER, ReportImportFixture.PASSWORD);
        browser.open("bijeenkomsten/organisatie/");
        assertTrue(browser.driver.findElements(By.id("import-report")).isEmpty());
        browser.open("bijeenkomsten/organisatie/importeren.xhtml");
        assertTrue(browser.find("import-not-allowed").isDisplayed());
        assertTrue(browser.driver.findElements(By.id("paste:text")).isEmpty());
    }
}
