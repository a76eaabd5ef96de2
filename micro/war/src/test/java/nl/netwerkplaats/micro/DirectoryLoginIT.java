package nl.netwerkplaats.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

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

import nl.netwerkplaats.testing.TestDirectoryServer;

/**
 * Login through an LDAP directory beside the local accounts: a real in-memory LDAP server (UnboundID) in the test
 * JVM, real binds from Payara Micro (the settings are in arquillian.xml), and the login form in Chromium.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DirectoryLoginIT {

    private static final String PASSWORD = "directory-wachtwoord-van-de-gemeente";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.netwerkplaats().addClasses(AdminFixture.class);
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
    void atTheApplication() {
        browser.at(base);
    }

    @Test
    void aDirectoryPersonLogsInWithTheirUserNameAndBecomesAMember() {
        String uid = unique("anne");
        String mail = uid + "@gemeente-deventer.test";
        TestDirectoryServer.addPerson(uid, mail, "Anne Ambtenaar", PASSWORD);

        browser.logIn(uid, PASSWORD);
        assertTrue(browser.signedIn(), "the directory accepted the password");
        assertTrue(browser.driver.findElement(By.cssSelector(".signed-in")).getText().contains(mail), "signed in as the directory's address");

        browser.open("mijn/profiel.xhtml");
        assertEquals("Anne Ambtenaar", browser.find("profile:name").getAttribute("value"), "name from the directory");
        browser.open("mijn/account.xhtml");
        assertTrue(browser.find("directory-note").getText().contains("account van je organisatie"));
        assertTrue(browser.driver.findElements(By.id("password")).isEmpty(), "no local password to change");

        browser.logIn(mail, PASSWORD);
        assertTrue(browser.signedIn(), "the e-mail address works as login name too");
    }

    @Test
    void directoryGroupsGiveRolesAndLeavingAGroupTakesTheRoleAway() throws Exception {
        String uid = unique("cora");
        String dn = TestDirectoryServer.addPerson(uid, uid + "@provincie.test", "Cora Coördinator", PASSWORD,
                TestDirectoryServer.COORDINATORS, TestDirectoryServer.EDITORS);

        browser.logIn(uid, PASSWORD);
        browser.open("coordinatie/mensen.xhtml");
        assertEquals("Mensen", heading(), "coordinator by the group's distinguished name");
        String personalData = getWithBrowserSession("mijn/gegevens.json");
        assertTrue(personalData.contains("\"EDITOR\""), "editor by the group's plain name: " + personalData);

        TestDirectoryServer.removeFromGroup(dn, TestDirectoryServer.COORDINATORS);
        browser.logIn(uid, PASSWORD);
        assertTrue(browser.signedIn());
        browser.open("coordinatie/mensen.xhtml");
        assertEquals("Geen toegang", heading(), "the role follows the directory at the next login");
    }

    @Test
    void wrongEmptyOrWildcardLoginsAreRefused() {
        String uid = unique("bram");
        TestDirectoryServer.addPerson(uid, uid + "@gemeente.test", "Bram Bezoeker", PASSWORD);

        browser.logIn(uid, "niet het goede wachtwoord");
        assertRefused();
        browser.logIn(uid.substring(0, 4) + "*", PASSWORD);
        assertRefused();
        browser.logIn("*)(uid=*", PASSWORD);
        assertRefused();
    }

    @Test
    void localAccountsKeepWorkingAndTheDirectoryCannotSpeakForThem() {
        browser.logIn(AdminFixture.EMAIL, AdminFixture.PASSWORD);
        assertTrue(browser.signedIn(), "a local account beside the directory");

        String uid = unique("dubbel");
        TestDirectoryServer.addPerson(uid, AdminFixture.EMAIL, "Iemand Anders", PASSWORD,
                TestDirectoryServer.COORDINATORS);
        browser.logIn(uid, PASSWORD);
        assertRefused();
        browser.logIn(AdminFixture.EMAIL, AdminFixture.PASSWORD);
        assertTrue(browser.signedIn(), "the local password still opens the local account");
    }

    private void assertRefused() {
        assertFalse(browser.signedIn());
        assertTrue(browser.find("login:messages").getText().contains("klopt niet"),
                browser.find("login:messages").getText());
    }

    /** A download, fetched over HTTP with the browser's session (Chromium would save it rather than show it). */
    private String getWithBrowserSession(String path) throws Exception {
        String cookies = browser.driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + path)).header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private static String heading() {
        return browser.driver.findElement(By.tagName("h1")).getText();
    }

    private static String unique(String name) {
        return name + System.nanoTime();
    }
}
