package nl.netwerkplaats.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.netwerkplaats.kernel.reference.ReferenceData;

/**
 * The overview as coordinators use it, in headless Chromium with axe-core on every page: the filters in the
 * address, every number of the known data set of {@link FiguresFixture} on the page, the CSV and the PDF with the
 * same numbers, who may see it, and the public page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FiguresWebIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.netwerkplaats().addClasses(FiguresFixture.class);
    }

    @ArquillianResource
    private URL base;

    private static Browser browser;

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
        browser.at(base);
        browser.driver.manage().deleteAllCookies();
    }

    /** Opens the overview through its filter form, for Overijssel and the fixture's theme. */
    private void filterOverijsselOnTheFixturesTheme() {
        browser.logIn(FiguresFixture.COORDINATOR, FiguresFixture.PASSWORD);
        assertTrue(browser.signedIn());
        browser.open("coordinatie/cijfers.xhtml");
        new Select(browser.find("filter-province")).selectByVisibleText("Overijssel");
        new Select(browser.find("filter-theme")).selectByVisibleText(FiguresFixture.THEME);
        browser.find("filter-submit").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().contains("provincie=PV23"));
        browser.waitFor(By.cssSelector("#key-people"));
        browser.waitFor(By.cssSelector("canvas"));
    }

    private List<String> row(String table, String label) {
        WebElement tr = browser.driver.findElement(By.xpath("//table[@id='tabel-" + table
                + "']/tbody/tr[th[normalize-space(.)='" + label + "']]"));
        return tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
    }

    private String key(String id) {
        return browser.driver.findElement(By.cssSelector("#key-" + id + " dd")).getText();
    }

    @Test
    void coordinatorSeesEveryNumberOfTheKnownDataSetWithFiltersInTheAddress() throws Exception {
        filterOverijsselOnTheFixturesTheme();
        URI shared = URI.create(browser.driver.getCurrentUrl());
        assertTrue(shared.getRawQuery().contains("provincie=PV23") && shared.getRawQuery().contains("thema="),
                shared.toString());
        browser.checkPage();

        assertEquals("2", key("people"));
        assertEquals("2", key("organisations"));
        assertEquals("1", key("gatherings"));
        assertEquals("2", key("present"));
        assertEquals("33,3 %", key("noshow"));
        assertEquals("1", key("knowledge"));
        assertEquals("2", key("requests"));
        assertEquals("2 dagen", key("match"));
        assertEquals("1", key("overdue"));
        assertEquals("2 / " + ReferenceData.get().municipalitiesIn("PV23").size(), key("municipalities"));

        String month = DateTimeFormatter.ofPattern("MMM yyyy", Locale.forLanguageTag("nl"))
                .format(YearMonth.from(TODAY));
        assertEquals(List.of("2", "2", "1", "1", "2"), row("groei", month));
        assertEquals(12, browser.driver.findElements(By.cssSelector("#tabel-groei tbody tr")).size(),
                "the default period: this month and the eleven before");
        assertEquals(List.of("1", "1"), row("organisaties", month));
        assertEquals(List.of("2", "2", "1", "2", "1"), row("gemeenten", "Deventer"));
        assertEquals(List.of("0", "1", "0", "0", "0"), row("gemeenten", "Enschede"));
        assertEquals(2, browser.driver.findElements(By.cssSelector("#tabel-gemeenten tbody tr")).size());
        String missing = browser.driver.findElement(By.id("missing-list")).getAttribute("textContent");
        assertTrue(missing.contains("Zwolle") && !missing.contains("Deventer"), missing);
        assertEquals(List.of("1"), row("bijeenkomsten", "Themadag"));
        assertEquals(List.of("1", "1", "0"), row("aanwezigheid", "Inwoner"));
        assertEquals(List.of("1", "0", "1"), row("aanwezigheid", "Professional"));
        assertEquals(List.of("1", "1", "0"), row("aanwezigheid", "Vrijwilliger"));
        assertEquals(List.of("3", "2", "1"), row("aanwezigheid", "Totaal"));
        assertEquals(List.of("2"), row("oogst", "Rode draad"));
        assertEquals(List.of("1"), row("oogst", "Kernboodschap"));
        assertEquals(List.of("1"), row("kennis-type", "Best practice"));
        assertEquals(List.of("1"), row("kennis-thema", FiguresFixture.THEME));
        assertEquals(List.of("1"), row("steun-status", "Nieuw"));
        assertEquals(List.of("0"), row("steun-status", "Afgerond"));
        assertEquals(List.of("2"), row("steun-trechter", "Gesteld"));
        assertEquals(List.of("1"), row("steun-trechter", "Opgepakt"));
        assertEquals(List.of("1"), row("steun-trechter", "Gekoppeld"));
        assertEquals(List.of("1"), row("steun-trechter", "Hulp aanvaard"));
        assertEquals(List.of("0"), row("steun-trechter", "Afgerond"));
        assertEquals(List.of("2"), row("leervragen", "Open"));
        assertEquals(List.of("1"), row("leervragen", "Herziening op tijd"));
        assertEquals(List.of("1"), row("leervragen", "Herziening achterstallig"));
        assertEquals(11, browser.driver.findElements(By.cssSelector(".figure-block canvas")).size(),
                "a chart beside every table");

        // The shared address gives the same view to the next coordinator.
        browser.driver.get(shared.toString());
        assertEquals("2", key("people"));

        // The CSV of a chart: the same numbers, the same filters, as a download.
        String csvPath = browser.find("csv-steun-trechter").getAttribute("href");
        HttpResponse<byte[]> csv = download(csvPath);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertEquals("\uFEFF\"Stap\";\"Hulpvragen\"\r\n\"Gesteld\";2\r\n\"Opgepakt\";1\r\n\"Gekoppeld\";1\r\n"
                + "\"Hulp aanvaard\";1\r\n\"Afgerond\";0\r\n", text);
        String growth = new String(download(browser.find("csv-gemeenten").getAttribute("href")).body(),
                StandardCharsets.UTF_8);
        assertTrue(growth.contains("\"Deventer\";2;2;1;2;1\r\n"), growth);

        // The one-page PDF for the same filters.
        HttpResponse<byte[]> pdf = download(browser.find("pdf-link").getAttribute("href"));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String raw = new String(pdf.body(), StandardCharsets.ISO_8859_1);
        assertTrue(raw.startsWith("%PDF"), "a PDF");
        assertEquals(1, Pattern.compile("/Type\\s*/Page(?![s\\w])").matcher(raw).results().count(), "one page");
    }

    @Test
    void badFiltersGetAMessageAndTheDefaultsNotAnErrorPage() {
        browser.logIn(FiguresFixture.COORDINATOR, FiguresFixture.PASSWORD);
        browser.open("coordinatie/cijfers.xhtml?van=gisteren&tot=2026-02-30&provincie=PV99&thema=abc");
        String problems = browser.find("figure-problems").getText();
        assertTrue(problems.contains("begindatum") && problems.contains("einddatum")
                && problems.contains("provincie") && problems.contains("thema"), problems);
        assertEquals(TODAY.toString(), browser.find("filter-to").getAttribute("value"));
    }

    @Test
    void onlyCoordinatorsAndAdministratorsSeeTheOverviewAndItsDownloads() throws Exception {
        for (String path : List.of("coordinatie/cijfers.xhtml", "coordinatie/cijfers.csv?tabel=groei",
                "coordinatie/cijfers.pdf")) {
            HttpResponse<String> anonymous = HTTP.send(HttpRequest.newBuilder(URI.create(base.toString())
                    .resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 401
                    || anonymous.body().contains("login:email"), path + ": " + anonymous.statusCode());
        }
        browser.logIn(FiguresFixture.MEMBER, FiguresFixture.PASSWORD);
        assertTrue(browser.signedIn());
        assertEquals(403, download(URI.create(base.toString()).resolve("coordinatie/cijfers.csv?tabel=groei")
                .toString()).statusCode());
        assertEquals(403, download(URI.create(base.toString()).resolve("coordinatie/cijfers.pdf").toString())
                .statusCode());
    }

    @Test
    void publicPageShowsTotalsWithoutASessionAndSuppressesSmallNumbers() throws Exception {
        browser.open("netwerk/cijfers.xhtml?provincie=PV23");
        assertTrue(browser.find("suppression-note").getText().contains("minder dan 5"));
        assertTrue(browser.driver.findElements(By.cssSelector("canvas")).isEmpty(), "no chart reveals a number");
        assertTrue(browser.driver.findElements(By.id("tabel-gemeenten")).isEmpty(), "nothing per place");
        assertTrue(browser.driver.manage().getCookies().stream().noneMatch(c -> c.getName().equals("JSESSIONID")),
                "no session for a visitor");
        for (WebElement cell : browser.driver.findElements(By.cssSelector(".key-figure dd, td.number"))) {
            String value = cell.getText();
            assertTrue(value.equals("minder dan 5") || value.equals("0")
                    || Integer.parseInt(value.replace(".", "")) >= 5, "a small number shown: " + value);
        }
        browser.open("netwerk/cijfers.xhtml?jaar=2017");
        assertEquals("0", browser.driver.findElement(By.cssSelector("#key-people dd")).getText());

        browser.open("taal?lang=en&terug=/netwerk/cijfers.xhtml");
        assertEquals("The network in figures", browser.driver.findElement(By.tagName("h1")).getText());
        browser.checkPage();
    }

    @Test
    void theOverviewSpeaksEnglishToo() {
        filterOverijsselOnTheFixturesTheme();
        browser.open("taal?lang=en&terug=" + "/coordinatie/cijfers.xhtml");
        assertEquals("Network in figures", browser.driver.findElement(By.tagName("h1")).getText());
        assertTrue(browser.find("h-steun-trechter").getText().contains("From request to result"));
    }

    /** Fetches a path with the browser's session, for downloads the browser would save to disk. */
    private HttpResponse<byte[]> download(String url) throws Exception {
        StringBuilder cookies = new StringBuilder();
        for (Cookie c : browser.driver.manage().getCookies()) {
            cookies.append(cookies.isEmpty() ? "" : "; ").append(c.getName()).append('=').append(c.getValue());
        }
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies.toString()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
