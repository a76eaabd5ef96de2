package nl.netwerkplaats.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.netwerkplaats.testing.TestMailServer;

/**
 * The gathering pages in headless Chromium with axe-core (WCAG 2.1 AA) on every page, the e-mails through the test
 * SMTP server, and the REST API over HTTP, as visitors, a guest, a member and an organiser of
 * {@link GatheringsFixture}. All Selenium code sits in {@link Pages}, which the container never loads.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GatheringsWebIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.netwerkplaats().addClasses(GatheringsFixture.class);
    }

    private static Pages pages;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

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

    @Test
    void agendaFiltersThroughTheAddressAndShowsAMonth(@ArquillianResource URL base) {
        pages.freshVisitor(base);
        pages.open("bijeenkomsten/");
        assertTrue(pages.text("agenda").contains(GatheringsFixture.THEMADAG), "titles shown as text, HTML and all");
        assertFalse(pages.source().contains(GatheringsFixture.CONCEPT), "concepts are not in the agenda");

        pages.select("filter-municipality", "Deventer");
        pages.select("filter-kind", "Themadag");
        pages.clickAndWaitForPage("filter-submit", "agenda");
        assertTrue(pages.url().contains("gemeente=GM0150") && pages.url().contains("soort=THEMADAG"), pages.url());
        assertTrue(pages.text("agenda").contains(GatheringsFixture.THEMADAG));
        assertFalse(pages.text("agenda").contains(GatheringsFixture.FULL_MEETUP), "another municipality");

        YearMonth month = YearMonth.from(GatheringsFixture.THEMADAG_START.atZoneSameInstant(ZoneId.of("Europe/Amsterdam")));
        pages.open("bijeenkomsten/?maand=" + month);
        assertTrue(pages.text("month-view").contains(GatheringsFixture.THEMADAG), pages.text("month-view"));
        pages.open("bijeenkomsten/?gemeente=GM0153&soort=THEMADAG");
        assertTrue(pages.exists("gatherings-empty"));
    }

    @Test
    void guestRegistersConfirmsByTheMailedLinkAndCancels(@ArquillianResource URL base) throws Exception {
        String email = "agenda-webgast-" + UUID.randomUUID() + "@netwerkplaats.test";
        pages.freshVisitor(base);
        pages.open("bijeenkomsten/bijeenkomst.xhtml?id=" + idOf(base, GatheringsFixture.THEMADAG));
        assertEquals(GatheringsFixture.THEMADAG, pages.text("gathering-title"));
        pages.clickAndWaitForPage("register-link", "register");

        pages.clickAndWaitForPage("register:submit", "register");
        assertTrue(pages.fieldMessage("register:email").contains("Vul dit veld in"), "required fields say so");
        // a malformed address is stopped by the browser (type=email); the server's own check is in the REST test
        pages.type("register:name", "Gerrit Gast");
        pages.type("register:email", email);
        pages.type("register:organisation", "Dorpsraad Heeten");
        pages.select("register:role", "Vrijwilliger");
        pages.type("register:needs", "Graag een stoel vooraan");
        pages.check("register:listed");
        pages.clickAndWaitForPage("register:submit", "register");
        assertTrue(pages.text("register").contains("We hebben een e-mail gestuurd naar " + email));

        TestMailServer.Mail confirm = TestMailServer.awaitMail(email, m -> m.subject().startsWith("Bevestig"));
        String link = local(confirm.link("aanmelding.xhtml"));
        pages.open(link);
        assertTrue(pages.text("link-status").contains("wacht op bevestiging"), "opening the link confirms nothing");
        pages.clickAndWaitForPage("link:confirm", "link-code");
        assertTrue(pages.text("link-status").contains("Je bent aangemeld"), pages.text("link-status"));
        String code = pages.text("link-code");
        assertEquals(8, code.length());
        assertTrue(pages.imageLoaded("qr"), "the QR image of the code is shown");

        TestMailServer.Mail confirmed = TestMailServer.awaitMail(email, m -> m.subject().startsWith("Je bent aangemeld"));
        assertTrue(confirmed.body().contains(code));
        String ics = get(base, local(confirmed.link(".ics"))).body();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        assertTrue(ics.replace("\r\n ", "").contains("SUMMARY:Themadag <em>eenzaamheid</em> & ontmoeting"));
        String attached = confirmed.attachments().get("bijeenkomst.ics");
        assertNotNull(attached, "the confirmation carries the gathering as an .ics attachment: " + confirmed.attachments().keySet());
        assertTrue(attached.startsWith("BEGIN:VCALENDAR\r\n") && attached.contains("BEGIN:VEVENT\r\n"), attached);
        String uid = "UID:gathering-" + idOf(base, GatheringsFixture.THEMADAG) + "@netwerkplaats";
        assertTrue(attached.contains(uid + "\r\n"), "the attachment is the same event as the feed's: " + attached);
        assertTrue(ics.contains(uid + "\r\n"));

        pages.open(link);
        pages.clickAndWaitFor("link:cancel", "link:messages", "Je bent afgemeld");
        assertFalse(pages.exists("link:cancel"));

        pages.open(link.replaceAll("t=[^&]+", "t=verzonnen"));
        assertTrue(pages.exists("unknown-link"));
    }

    @Test
    void fullGatheringOffersTheWaitingListAndTheSameAddressTwiceIsRefused(@ArquillianResource URL base) throws Exception {
        long full = idOf(base, GatheringsFixture.FULL_MEETUP);
        pages.freshVisitor(base);
        pages.open("bijeenkomsten/bijeenkomst.xhtml?id=" + full);
        assertTrue(pages.text("seats").contains("vol"), pages.text("seats"));
        pages.clickAndWaitForPage("register-link", "register");
        assertTrue(pages.exists("full-notice"));
        pages.type("register:name", "Wachtende Willem");
        pages.type("register:email", GatheringsFixture.ORGANISER);
        pages.clickAndWaitForPage("register:submit", "register");
        assertTrue(pages.text("register").contains("Met dit e-mailadres is al iemand aangemeld"),
                "the organiser has the only seat");
    }

    @Test
    void memberRegistersWithOneButtonAndSeesTheConsentedParticipantList(@ArquillianResource URL base) {
        long id = idOf(base, GatheringsFixture.THEMADAG);
        pages.freshVisitor(base);
        pages.logIn(GatheringsFixture.ORGANISER, GatheringsFixture.PASSWORD);
        pages.open("bijeenkomsten/aanmelden.xhtml?id=" + id);
        pages.clickAndWaitForPage("register:submit", "my-status");
        assertTrue(pages.text("my-status").contains("Je bent aangemeld"));

        pages.open("bijeenkomsten/deelnemers.xhtml?id=" + id);
        assertTrue(pages.source().contains(GatheringsFixture.MEMBER_NAME), "consented member listed");
        assertTrue(pages.source().contains("Wijkteam Zuid"), "grouped by organisation");
        assertFalse(pages.source().contains("Olivia Organisator"), "did not consent");

        pages.open("bijeenkomsten/bijeenkomst.xhtml?id=" + id);
        pages.clickAndWaitForPage("mine:cancel", "register-link");
    }

    @Test
    void membersSeeTheirRegistrationsAndCancelThereWhichPromotesTheNextWithACalendarFile(@ArquillianResource URL base) {
        pages.freshVisitor(base);
        pages.logIn(GatheringsFixture.MINE_SECOND, GatheringsFixture.PASSWORD);
        pages.clickAndWaitForPage("nav-my-registrations", "upcoming-list");
        assertTrue(pages.text("upcoming-list").contains(GatheringsFixture.MINE_TABLE), pages.text("upcoming-list"));
        assertTrue(pages.text("upcoming-list").contains("wachtlijst (1)"), pages.text("upcoming-list"));
        assertTrue(pages.exists("past-empty"), "nothing in the past for this member");

        pages.freshVisitor(base);
        pages.logIn(GatheringsFixture.MINE_FIRST, GatheringsFixture.PASSWORD);
        pages.open("mijn/aanmeldingen.xhtml");
        String upcoming = pages.text("upcoming-list");
        assertTrue(upcoming.contains(GatheringsFixture.MINE_TABLE) && upcoming.contains("Status: aangemeld"), upcoming);
        assertTrue(upcoming.matches("(?s).*Je persoonlijke code: [A-Z0-9]{8}.*"), upcoming);
        assertFalse(upcoming.contains(GatheringsFixture.MINE_PAST), "a gathering that is over is not upcoming");
        assertTrue(pages.text("past-list").contains(GatheringsFixture.MINE_PAST), pages.text("past-list"));
        assertFalse(pages.source().contains("Afmelden: " + GatheringsFixture.MINE_PAST), "the past cannot be cancelled");

        pages.clickLabelledAndWaitFor("Afmelden: " + GatheringsFixture.MINE_TABLE, "mine:messages", "Je bent afgemeld");
        assertTrue(pages.text("upcoming-list").contains("Status: afgemeld"), pages.text("upcoming-list"));
        assertFalse(pages.source().contains("Afmelden: " + GatheringsFixture.MINE_TABLE), "cancelled once");

        TestMailServer.Mail promoted = TestMailServer.awaitMail(GatheringsFixture.MINE_SECOND,
                m -> m.subject().startsWith("Er is een plaats voor je vrijgekomen"));
        String attached = promoted.attachments().get("bijeenkomst.ics");
        assertNotNull(attached, "the promotion mail carries the .ics: " + promoted.attachments().keySet());
        assertTrue(attached.contains("UID:gathering-" + idOf(base, GatheringsFixture.MINE_TABLE) + "@netwerkplaats\r\n"),
                attached);
        assertTrue(attached.replace("\r\n ", "").contains("SUMMARY:" + GatheringsFixture.MINE_TABLE), attached);

        pages.freshVisitor(base);
        pages.logIn(GatheringsFixture.MINE_SECOND, GatheringsFixture.PASSWORD);
        pages.open("mijn/aanmeldingen.xhtml");
        assertTrue(pages.text("upcoming-list").contains("Status: aangemeld"), "promoted: " + pages.text("upcoming-list"));
    }

    @Test
    void organiserPlansPublishesAndChecksPeopleIn(@ArquillianResource URL base) throws Exception {
        pages.freshVisitor(base);
        pages.logIn(GatheringsFixture.ORGANISER, GatheringsFixture.PASSWORD);
        pages.open("bijeenkomsten/organisatie/bewerken.xhtml");
        String title = "Pitchsessie " + UUID.randomUUID().toString().substring(0, 6);
        pages.type("gathering:title", title);
        pages.select("gathering:kind", "Pitchsessie");
        pages.type("gathering:goals", "Ideeën ophalen\nPartners vinden");
        pages.setValue("gathering:startsAt", "2031-03-10T19:00");
        pages.setValue("gathering:endsAt", "2031-03-10T18:00");
        pages.type("gathering:venueName", "Bibliotheek");
        pages.select("gathering:municipalityCode", "Deventer");
        pages.pick("gathering:organisation", "kookcafé hee", GatheringsFixture.PARTNER, true);
        pages.pick("gathering:speaker", GatheringsFixture.SPEAKER_NAME, GatheringsFixture.SPEAKER_NAME, true);
        pages.pick("gathering:speaker", "Mevrouw Van Buiten", "Mevrouw Van Buiten", false);
        pages.pick("gathering:host", "Iemand Anders", "Iemand Anders", false);
        pages.clickLabelledAndWaitFor("Verwijderen: Iemand Anders", "gathering:hostPicked", "");
        pages.waitUntilGone("gathering:hostPicked", "Iemand Anders");
        pages.type("gathering:capacity", "30");
        pages.clickAndWaitForPage("gathering:save", "gathering");
        assertTrue(pages.fieldMessage("gathering:endsAt").contains("Het einde ligt voor het begin"));

        assertTrue(pages.text("gathering:organisationPicked").contains(GatheringsFixture.PARTNER),
                "picks survive a form that came back with a message");
        pages.setValue("gathering:endsAt", "2031-03-10T21:30");
        pages.clickAndWaitForPage("gathering:save", "organise-status");
        assertTrue(pages.text("messages").contains("concept"));
        pages.clickAndWaitForPage("steps:publish", "organise-status");
        assertTrue(pages.text("organise-status").contains("Gepubliceerd"));
        pages.clickLink("Naar de bijeenkomst");
        assertTrue(pages.text("gathering-when").contains("19:00–21:30"), pages.text("gathering-when"));
        assertTrue(pages.text("gathering-contributors").contains(GatheringsFixture.SPEAKER_NAME),
                "a member picked from the list shows with their name");
        assertTrue(pages.source().contains(GatheringsFixture.PARTNER), "the picked organisation is shown");
        assertTrue(pages.text("gathering-contributors").contains("Mevrouw Van Buiten"));

        // check in the fixture's registered member at the themadag, by the code the QR image carries
        long themadag = idOf(base, GatheringsFixture.THEMADAG);
        pages.open("bijeenkomsten/organisatie/inchecken.xhtml?id=" + themadag);
        pages.clickLabelledAndWaitFor("Aanwezig: " + GatheringsFixture.MEMBER_NAME, "present-count", "1 van");
        pages.type("checkin:search", "niemand-heet-zo");
        pages.waitUntilGone("checkin:people", GatheringsFixture.MEMBER_NAME);
        pages.open("bijeenkomsten/organisatie/inchecken.xhtml?id=" + themadag + "&code=ONBEKEND");
        assertTrue(pages.exists("code-unknown"));
        pages.type("walkin:walkInName", "Bart Binnenloper");
        pages.clickAndWaitFor("walkin:addWalkIn", "checkin:messages", "Bart Binnenloper is toegevoegd");

        pages.open("bijeenkomsten/organisatie/aanmeldingen.xhtml?id=" + themadag);
        assertEquals("2", pages.text("count-present"));
        HttpResponse<String> csv = pages.fetch("bijeenkomsten/organisatie/export?id=" + themadag + "&format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("\"Lotte Lijstlid\";\"" + GatheringsFixture.MEMBER + "\""), csv.body());
        assertTrue(csv.body().contains("Bart Binnenloper"));
        HttpResponse<String> pdf = pages.fetch("bijeenkomsten/organisatie/export?id=" + themadag + "&format=pdf");
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.body().startsWith("%PDF"));

        // the next edition of the new pitch session, then cancelled with a reason
        pages.open("bijeenkomsten/organisatie/");
        pages.clickLink(title);
        pages.clickAndWaitForPage("steps:nextEdition", "organise-status");
        assertTrue(pages.text("organise-status").contains("Concept"));
        assertTrue(pages.text("messages").contains("volgende editie"), pages.text("messages"));
        pages.type("steps:cancelReason", "Toch niet nodig");
        pages.clickAndWaitForPage("steps:cancelGathering", "organise-status");
        assertTrue(pages.text("organise-status").contains("Geannuleerd"));
    }

    @Test
    void visitorsAndStrangersCannotReachOrganiserPages(@ArquillianResource URL base) throws Exception {
        long themadag = idOf(base, GatheringsFixture.THEMADAG);
        HttpResponse<String> anonymous = get(base, "bijeenkomsten/organisatie/aanmeldingen.xhtml?id=" + themadag);
        assertTrue(anonymous.body().contains("login:email")
                || anonymous.headers().firstValue("Location").orElse("").contains("inloggen"),
                "asked to log in: " + anonymous.statusCode() + " " + anonymous.headers().map());
        assertFalse(anonymous.body().contains("count-present"));
        pages.freshVisitor(base);
        pages.logIn(GatheringsFixture.MEMBER, GatheringsFixture.PASSWORD);
        assertEquals(403, pages.fetch("bijeenkomsten/organisatie/export?id=" + themadag + "&format=csv").statusCode());
        assertEquals(404, get(base, "bijeenkomsten/bijeenkomst.xhtml?id=987654321").statusCode());

        for (String path : List.of("bijeenkomsten/", "bijeenkomsten/?periode=afgelopen&pagina=2",
                "bijeenkomsten/?pagina=x&maand=2026-13&soort=ONBEKEND&thema=abc",
                "bijeenkomsten/bijeenkomst.xhtml?id=" + themadag)) {
            HttpResponse<String> response = get(base, path);
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), path + " made a session");
        }
    }

    // ---------------------------------------------------------------- REST

    @Test
    void restListsPublicGatheringsAndRegistersGuestsWithTheSameRules(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> list = get(base, "api/gatherings?municipality=GM0150&from=2020-01-01");
        assertEquals(200, list.statusCode());
        long id = idOf(base, GatheringsFixture.THEMADAG);
        assertTrue(list.body().contains("\"id\":" + id + ","), list.body());
        assertFalse(list.body().contains(GatheringsFixture.FULL_MEETUP), "another municipality");
        assertEquals(400, get(base, "api/gatherings?municipality=GM9999").statusCode());
        assertEquals(400, get(base, "api/gatherings?from=morgen").statusCode());

        HttpResponse<String> one = get(base, "api/gatherings/" + id);
        assertEquals(200, one.statusCode());
        assertTrue(one.body().contains("\"municipality\":\"Deventer\""), one.body());
        assertFalse(one.body().contains("organiserIds"), "no account ids in public fields");
        HttpResponse<String> ics = get(base, "api/gatherings/" + id + ".ics");
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
        assertTrue(get(base, "api/gatherings/feed.ics").body().contains("UID:gathering-" + id + "@netwerkplaats"));

        String email = "agenda-rest-" + UUID.randomUUID() + "@netwerkplaats.test";
        String json = "{\"name\":\"Rest Gast\",\"email\":\"" + email + "\",\"role\":\"INWONER\",\"listed\":true}";
        HttpResponse<String> created = post(base, "api/gatherings/" + id + "/registrations", json, "application/json");
        assertEquals(202, created.statusCode(), created.body());
        assertTrue(created.body().contains("AWAITING_EMAIL"));
        assertFalse(created.body().contains("aanmelding.xhtml"), "the link only goes by mail");
        TestMailServer.awaitMail(email, m -> m.subject().startsWith("Bevestig"));

        HttpResponse<String> again = post(base, "api/gatherings/" + id + "/registrations", json, "application/json");
        assertEquals(409, again.statusCode());
        assertTrue(again.body().contains("ALREADY_REGISTERED"));
        HttpResponse<String> bad = post(base, "api/gatherings/" + id + "/registrations",
                "{\"name\":\"X\",\"email\":\"geen-adres\"}", "application/json");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("\"field\":\"email\""), bad.body());
        assertEquals(415, post(base, "api/gatherings/" + id + "/registrations", json, "text/plain").statusCode(),
                "a form on another site cannot post this");
        assertEquals(404, post(base, "api/gatherings/987654321/registrations", json, "application/json").statusCode());
    }

    // ---------------------------------------------------------------- helpers

    /** A link from a mail (made with the configured base address) as a path under the test server's address. */
    private static String local(String link) {
        return link.replaceFirst("^https?://[^/]+/", "");
    }

    /** The id of a public gathering with this title, through the REST list. */
    private static long idOf(URL base, String title) {
        {
            String body = get(base, "api/gatherings?limit=500&from=2020-01-01").body();
            String escaped = title.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
            for (String candidate : List.of(title, escaped)) {
                Matcher m = Pattern.compile("\"id\":(\\d+),[^{}]*?\"title\":\"" + Pattern.quote(candidate) + "\"")
                        .matcher(body);
                if (m.find()) {
                    return Long.parseLong(m.group(1));
                }
            }
            throw new AssertionError("No gathering '" + title + "' in " + body);
        }
    }

    private static HttpResponse<String> get(URL base, String path) {
        return get(URI.create(base.toString()).resolve(path).toString());
    }

    private static HttpResponse<String> get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Accept-Language", "nl").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new AssertionError("GET " + url + " failed", e);
        }
    }

    private static HttpResponse<String> post(URL base, String path, String body, String type) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                        .header("Content-Type", type).header("Accept-Language", "nl")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

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
            openAbsolute(base.resolve(path).toString());
        }

        void openAbsolute(String url) {
            browser.driver.get(url);
            checkPage();
        }

        String url() {
            return browser.driver.getCurrentUrl();
        }

        void logIn(String email, String password) {
            open("inloggen.xhtml");
            browser.driver.findElement(By.id("login:email")).sendKeys(email);
            browser.driver.findElement(By.id("login:password")).sendKeys(password);
            browser.driver.findElement(By.id("login:submit")).click();
            waitFor(By.cssSelector(".signed-in"));
        }

        void clickAndWaitForPage(String buttonId, String nextPageElementId) {
            clickAndWaitForNextPage(By.id(buttonId), By.id(nextPageElementId));
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

        private static boolean isGone(WebElement element) {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException e) {
                return true;
            }
        }

        void clickAndWaitFor(String buttonId, String elementId, String text) {
            browser.driver.findElement(By.id(buttonId)).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id(elementId), text));
            checkPage();
        }

        void clickLabelledAndWaitFor(String ariaLabel, String elementId, String text) {
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions
                    .elementToBeClickable(By.cssSelector("[aria-label=\"" + ariaLabel + "\"]"))).click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id(elementId), text));
            checkPage();
        }

        /** Waits until the element no longer shows the text, e.g. after a search narrowed a list. */
        void waitUntilGone(String id, String text) {
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.not(
                    ExpectedConditions.textToBePresentInElementLocated(By.id(id), text)));
        }

        /** Types into a PrimeFaces autocomplete and clicks the suggestion: a member (or organisation), or the typed name. */
        void pick(String field, String typed, String suggestion, boolean listed) {
            String id = field + "Search";
            browser.driver.findElement(By.id(id + "_input")).sendKeys(typed);
            By item = By.xpath("//*[@id='" + id + "_panel']//*[contains(@class,'ui-autocomplete-item')"
                    + " and contains(normalize-space(.), '" + suggestion + "') and "
                    + (listed ? "not(contains(., 'geen lid'))" : "contains(., 'geen lid')") + "]");
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(item))
                    .click();
            new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions
                    .textToBePresentInElementLocated(By.id(field + "Picked"), suggestion));
            checkPage();
        }

        void type(String id, String text) {
            WebElement field = browser.driver.findElement(By.id(id));
            field.clear();
            field.sendKeys(text);
        }

        /** Sets a value the way a date-time picker would, which typing cannot do the same in every locale. */
        void setValue(String id, String value) {
            browser.driver.executeScript("arguments[0].value = arguments[1];",
                    browser.driver.findElement(By.id(id)), value);
        }

        void select(String id, String visibleText) {
            new Select(browser.driver.findElement(By.id(id))).selectByVisibleText(visibleText);
        }

        void check(String id) {
            WebElement box = browser.driver.findElement(By.id(id));
            if (!box.isSelected()) {
                box.click();
            }
        }

        String text(String id) {
            return browser.driver.findElement(By.id(id)).getText();
        }

        /** The message next to a field. */
        String fieldMessage(String id) {
            return browser.driver.findElement(By.id(id)).findElement(By.xpath("./ancestor::div[1]")).getText();
        }

        boolean exists(String id) {
            return !browser.driver.findElements(By.id(id)).isEmpty();
        }

        boolean imageLoaded(String id) {
            Object width = browser.driver.executeScript("return arguments[0].complete && arguments[0].naturalWidth;",
                    browser.driver.findElement(By.id(id)));
            return width instanceof Number n && n.intValue() > 0;
        }

        String source() {
            return browser.driver.getPageSource();
        }

        /** Fetches a path with the browser's session, for downloads the browser would save to disk. */
        HttpResponse<String> fetch(String path) throws Exception {
            StringBuilder cookies = new StringBuilder();
            for (Cookie c : browser.driver.manage().getCookies()) {
                cookies.append(cookies.isEmpty() ? "" : "; ").append(c.getName()).append('=').append(c.getValue());
            }
            return HTTP.send(HttpRequest.newBuilder(base.resolve(path)).header("Cookie", cookies.toString()).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.ISO_8859_1));
        }

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
