package nl.netwerkplaats.micro;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through ChromeDriver, with axe-core to check every page against WCAG 2.1 AA
 * and a check that a page loaded nothing from another host.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    final ChromeDriver driver;
    private final String axeScript;

    Browser() throws IOException {
        for (String tool : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!new File(tool).canExecute()) {
                throw new IllegalStateException(tool + " is missing: apt-get install chromium chromium-driver");
            }
        }
        Path axe = Path.of(System.getProperty("axe.script", "target/npm/node_modules/axe-core/axe.min.js"));
        if (!Files.isRegularFile(axe)) {
            throw new IllegalStateException(axe + " is missing: the build installs axe-core with npm");
        }
        axeScript = Files.readString(axe);
        Path profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=nl",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** Runs axe-core on the current page; returns one line per WCAG 2.1 A/AA violation. */
    @SuppressWarnings("unchecked")
    List<String> accessibilityViolations() {
        JavascriptExecutor js = driver;
        js.executeScript(axeScript);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        return new ArrayList<>((List<String>) result);
    }

    /** Every resource the page requested that did not come from the application's own host and port. */
    @SuppressWarnings("unchecked")
    List<String> foreignRequests(URI base) {
        List<String> urls = (List<String>) driver.executeScript(
                "return performance.getEntriesByType('resource').map(e => e.name);");
        String origin = base.getScheme() + "://" + base.getAuthority();
        return urls.stream().filter(u -> !u.startsWith(origin + "/") && !u.startsWith("data:")).toList();
    }

    // The page steps every browser test needs, written once. (The older test classes still carry their own copies.)

    private URI base;

    /** Where the application under test runs; {@link #open} and {@link #checkPage} use it. */
    Browser at(URL application) {
        base = URI.create(application.toString());
        return this;
    }

    /** Opens a page of the application and checks it (axe-core, nothing from other hosts). */
    void open(String path) {
        driver.get(base.resolve(path).toString());
        checkPage();
    }

    void checkPage() {
        List<String> violations = accessibilityViolations();
        assertTrue(violations.isEmpty(), driver.getCurrentUrl() + ":\n" + String.join("\n", violations));
        List<String> foreign = foreignRequests(base);
        assertTrue(foreign.isEmpty(), "requests to other hosts: " + foreign);
    }

    WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    void type(String id, String text) {
        WebElement field = find(id);
        field.clear();
        field.sendKeys(text);
    }

    WebElement waitFor(By locator) {
        return new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    /** Logs in through the form and waits until either the signed-in menu or the login's error shows. */
    void logIn(String login, String password) {
        driver.manage().deleteAllCookies();
        open("inloggen.xhtml");
        type("login:email", login);
        type("login:password", password);
        find("login:submit").click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d ->
                !d.findElements(By.cssSelector(".signed-in")).isEmpty()
                        || !d.findElements(By.cssSelector("#login\\:messages .msg-error")).isEmpty());
    }

    boolean signedIn() {
        return !driver.findElements(By.cssSelector(".signed-in")).isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
