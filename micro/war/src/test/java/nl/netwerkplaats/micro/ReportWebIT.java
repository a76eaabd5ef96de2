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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.netwerkplaats.testing.TestMailServer;

/**
 * The programme, live harvest and report pages in headless Chromium with axe-core on every page, as the note-taker,
 * the organiser, a participant and a visitor of {@link ReportFixture}. The order matters only within this class:
 * the report is published by the organiser before the participant reacts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportWebIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Browser browser;

    @Deployment
    static WebArchive deployment() {
        return Deployments.netwerkplaats().addClasses(ReportFixture.class);
    }

    @BeforeAll
    static void start() throws Exception {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void noteTakerCapturesOnAPhoneAndTheOrganiserSeesItLive(@ArquillianResource URL base) {
        browser.at(base);
        long id = gatheringId(base);
        browser.logIn(ReportFixture.NOTE_TAKER, ReportFixture.PASSWORD);
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.open("bijeenkomsten/organisatie/oogsten.xhtml?id=" + id);
        assertTrue(browser.find("question").getText().contains("Welke best practices"));
        String text = "Buurtbus rijdt op vrijwilligers";
        new org.openqa.selenium.support.ui.Select(browser.find("capture:rows:2:type")).selectByVisibleText("Idee");
        waitForAjax();
        browser.find("capture:rows:2:text").sendKeys(text, Keys.TAB);
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d ->
                !d.findElements(By.cssSelector(".saved-mark")).isEmpty());
        browser.checkPage();
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        browser.driver.get(base + "bijeenkomsten/organisatie/programma.xhtml?id=" + id);
        assertTrue(browser.driver.getPageSource().contains("403") || browser.driver.findElements(
                By.id("programme:addRound")).isEmpty(), "a note-taker does not edit the programme");

        browser.logIn(ReportFixture.ORGANISER, ReportFixture.PASSWORD);
        browser.open("bijeenkomsten/organisatie/oogst.xhtml?id=" + id);
        assertTrue(browser.find("overview:live").getText().contains(text), "the organiser sees the new item");
        assertTrue(browser.find("item-count").getText().contains("3"), browser.find("item-count").getText());
    }

    @Test
    @Order(2)
    void organiserPlansTheProgrammeAndPublishesTheReport(@ArquillianResource URL base) throws Exception {
        browser.at(base);
        long id = gatheringId(base);
        browser.logIn(ReportFixture.ORGANISER, ReportFixture.PASSWORD);
        browser.open("bijeenkomsten/organisatie/tafelindeling.xhtml?id=" + id);
        clickAndWait("place:run");
        browser.checkPage();
        assertTrue(browser.find("place:messages").getText().contains("ingedeeld"), browser.find("place:messages").getText());
        var person = browser.driver.findElement(By.xpath("//li[@data-registration][.//span[text()='Diederik Deelnemer']]"));
        new org.openqa.selenium.support.ui.Select(person.findElement(By.tagName("select"))).selectByVisibleText("Tafel 2");
        var html = browser.driver.findElement(By.tagName("html"));
        person.findElement(By.cssSelector("[data-move-button]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(org.openqa.selenium.support.ui
                .ExpectedConditions.stalenessOf(html));
        browser.waitFor(By.tagName("h1"));
        assertTrue(browser.find("place:messages").getText().contains("Verplaatst"), "moved without dragging");
        browser.open("bijeenkomsten/organisatie/programma.xhtml?id=" + id);
        browser.type("programme:newRoundTitle", "Afsluiting");
        browser.type("programme:newRoundQuestion", "Wat neemt u mee?");
        clickAndWait("programme:addRound");
        browser.checkPage();
        assertTrue(browser.driver.getPageSource().contains("Afsluiting"));

        browser.open("bijeenkomsten/verslag.xhtml?id=" + id);
        assertTrue(browser.find("preview-notice").isDisplayed());
        browser.open("bijeenkomsten/organisatie/verslag.xhtml?id=" + id);
        assertTrue(browser.find("report:synthesis").getAttribute("value").contains("Samen sterk in de buurt"),
                "the synthesis starts from the kernboodschappen");
        browser.type("report:intro", "Een zonnige middag in Heeten.");
        browser.driver.findElement(By.cssSelector("input[type=checkbox][name='report:share']")).click();
        clickAndWait("report:publish");
        browser.checkPage();
        assertTrue(browser.find("intro").getText().contains("Een zonnige middag"));
        assertTrue(browser.find("synthesis").getText().contains("Samen sterk in de buurt"));
        TestMailServer.Mail mail = TestMailServer.awaitMail(ReportFixture.PARTICIPANT,
                m -> m.subject().startsWith("Wat hebben we geoogst?"));
        assertTrue(mail.body().contains("verslag.xhtml?id=" + id));

        HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(base + "bijeenkomsten/verslag.pdf?id="
                + id)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertTrue(text.contains("Wat hebben we geoogst?") && text.contains(ReportFixture.TITLE)
                    && text.contains("Koffieochtend in het dorpshuis") && text.contains("Een zonnige middag"), text);
        }
    }

    @Test
    @Order(3)
    void visitorsReadAndParticipantsReact(@ArquillianResource URL base) {
        browser.at(base);
        long id = gatheringId(base);
        browser.driver.manage().deleteAllCookies();
        browser.open("bijeenkomsten/verslag.xhtml?id=" + id);
        assertTrue(browser.driver.getPageSource().contains("Koffieochtend in het dorpshuis"));
        assertTrue(browser.driver.findElements(By.id("react:send")).isEmpty(), "visitors do not react");
        assertTrue(browser.driver.findElements(By.id("participants")).isEmpty(), "nor see the participant list");

        browser.logIn(ReportFixture.PARTICIPANT, ReportFixture.PASSWORD);
        browser.open("bijeenkomsten/bijeenkomst.xhtml?id=" + id);
        assertTrue(browser.find("my-tables").getText().contains("Tafel 2"), "each participant sees their table per round");
        browser.open("bijeenkomsten/verslag.xhtml?id=" + id);
        assertTrue(browser.find("participants").getText().contains("Noor Notulist"));
        browser.type("react:reaction", "Wat een mooie oogst!");
        clickAndWait("react:send");
        browser.checkPage();
        assertTrue(browser.find("reactions").getText().contains("Wat een mooie oogst!"));
        assertTrue(browser.find("reaction-count").getText().contains("1 reactie"), browser.find("reaction-count").getText());
        browser.type("add:addText", "Ook de bibliotheek doet mee");
        clickAndWait("add:addItem");
        assertFalse(browser.driver.getPageSource().contains("<span class=\"preserve-lines\">Ook de bibliotheek"),
                "an addition waits for the organisers");
    }

    private void clickAndWait(String id) {
        var html = browser.driver.findElement(By.tagName("html"));
        browser.find(id).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> {
            try {
                html.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                return true;
            }
        });
        browser.waitFor(By.tagName("h1"));
    }

    private void waitForAjax() {
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(
                browser.driver.executeScript("return !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty();")));
    }

    /** The fixture's gathering, found on the organiser's own list. */
    private long gatheringId(URL base) {
        browser.logIn(ReportFixture.ORGANISER, ReportFixture.PASSWORD);
        browser.driver.get(base + "bijeenkomsten/organisatie/");
        String href = browser.driver.findElement(By.linkText(ReportFixture.TITLE)).getAttribute("href");
        Matcher m = Pattern.compile("id=(\\d+)").matcher(href);
        assertTrue(m.find(), href);
        return Long.parseLong(m.group(1));
    }
}
