package nl.netwerkplaats.micro;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

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

    @Override
    public void close() {
        driver.quit();
    }
}
