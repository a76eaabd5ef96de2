package nl.netwerkplaats.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.knowledge.api.KnowledgeBank;
import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.EmailInUseException;
import nl.netwerkplaats.network.api.InvalidSetupTokenException;
import nl.netwerkplaats.network.api.LoginOutcome;
import nl.netwerkplaats.network.api.PasswordTooWeakException;
import nl.netwerkplaats.network.api.Role;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeNameTakenException;
import nl.netwerkplaats.network.api.ThemeView;

/**
 * Runs inside Payara Micro against the real PostgreSQL: each module's slice from API through service and entity to
 * its own schema, and the cross-module event that must arrive after commit and never after a rollback.
 */
@ExtendWith(ArquillianExtension.class)
class ModuleSlicesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.netwerkplaats().addClass(ModuleSlicesIT.class);
    }

    @Inject
    private ThemeCatalog themes;

    @Inject
    private KnowledgeBank knowledge;

    @Inject
    private GatheringCalendar calendar;

    @Inject
    private Accounts accounts;

    @Inject
    private UserTransaction transaction;

    @Resource(lookup = "java:app/jdbc/netwerkplaats")
    private DataSource dataSource;

    @Test
    void migrationsSeedTheStartingThemes() {
        List<String> names = themes.activeThemes().stream().map(ThemeView::nameNl).toList();
        assertTrue(names.containsAll(List.of("Eenzaamheid", "Armoede", "Wet- en regelgeving", "Positieve gezondheid",
                "Samenwerking overheid en initiatief", "Vrijwilligers")), names::toString);
    }

    @Test
    void eachModuleOwnsItsSchemaWithItsOwnMigrationHistory() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select table_schema, count(*) from information_schema.tables"
                     + " where table_schema in ('network', 'events', 'knowledge') and table_name = 'flyway_history'"
                     + " group by table_schema")) {
            int schemas = 0;
            while (rs.next()) {
                schemas++;
                assertEquals(1, rs.getInt(2));
            }
            assertEquals(3, schemas);
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from information_schema.table_constraints tc"
                     + " join information_schema.constraint_column_usage ccu on tc.constraint_name = ccu.constraint_name"
                     + " where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema <> ccu.table_schema")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "foreign keys across module schemas");
        }
    }

    @Test
    void emptyModulesAnswerWithEmptyLists() {
        // Other test classes share the database and publish gatherings and knowledge items; lists and counts agree.
        assertEquals(Math.min(calendar.countUpcoming(), 10), calendar.upcoming(10).size());
        assertEquals(Math.min(knowledge.countPublished(), 10), knowledge.latest(10).size());
    }

    @Test
    void addedThemeReachesTheKnowledgeModuleOnlyAfterCommit() throws Exception {
        transaction.begin();
        ThemeView added = themes.add("Buurtkracht " + UUID.randomUUID(), null);
        assertFalse(knowledge.themeLabels().containsKey(added.id()), "delivered before commit");
        transaction.commit();

        awaitTrue(() -> knowledge.themeLabels().containsKey(added.id()));
        assertEquals(added.nameNl(), knowledge.themeLabels().get(added.id()));
    }

    @Test
    void rolledBackThemeNeverReachesTheKnowledgeModule() throws Exception {
        transaction.begin();
        ThemeView added = themes.add("Teruggedraaid " + UUID.randomUUID(), null);
        transaction.rollback();

        // Events are delivered in order: once a theme added later has arrived, a wrongly delivered event for the
        // rolled-back theme would have arrived too.
        ThemeView witness = themes.add("Getuige " + UUID.randomUUID(), null);
        awaitTrue(() -> knowledge.themeLabels().containsKey(witness.id()));
        assertFalse(knowledge.themeLabels().containsKey(added.id()));
        assertTrue(themes.find(added.id()).isEmpty());
    }

    @Test
    void renamedThemeIsRenamedInTheKnowledgeModuleToo() {
        ThemeView added = themes.add("Voor hernoemen " + UUID.randomUUID(), null);
        String newName = "Hernoemd " + UUID.randomUUID();
        themes.rename(added.id(), newName, "Renamed");
        awaitTrue(() -> newName.equals(knowledge.themeLabels().get(added.id())));
        assertEquals("Renamed", themes.find(added.id()).orElseThrow().nameEn());
    }

    @Test
    void themeNamesAreUniqueIgnoringCase() {
        assertThrows(ThemeNameTakenException.class, () -> themes.add("eenzaamheid", null));
        ThemeView other = themes.add("Uniek " + UUID.randomUUID(), null);
        assertThrows(ThemeNameTakenException.class, () -> themes.rename(other.id(), "ARMOEDE", null));
    }

    @Test
    void retiredThemeLeavesTheChoiceButKeepsItsId() {
        ThemeView added = themes.add("Tijdelijk " + UUID.randomUUID(), null);
        themes.retire(added.id());
        assertFalse(themes.activeThemes().stream().anyMatch(t -> t.id() == added.id()));
        assertTrue(themes.allThemes().stream().anyMatch(t -> t.id() == added.id() && t.retired()));
        themes.reinstate(added.id());
        assertTrue(themes.activeThemes().stream().anyMatch(t -> t.id() == added.id()));
    }

    @Test
    void passwordsAreStoredAsPbkdf2HashesAndCheckedOnLogin() throws Exception {
        String email = "beheer-" + UUID.randomUUID() + "@example.org";
        AccountView admin = accounts.createAdmin("Beheerder", email, "een lange zin als wachtwoord");
        assertTrue(admin.roles().contains(Role.ADMIN));

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select password_hash from network.account where id = " + admin.id())) {
            rs.next();
            String hash = rs.getString(1);
            assertTrue(hash.startsWith("PBKDF2WithHmacSHA512:210000:"), hash);
            assertFalse(hash.contains("een lange zin"));
        }
        assertInstanceOf(LoginOutcome.Accepted.class, accounts.logIn(email.toUpperCase(), "een lange zin als wachtwoord"));
        assertInstanceOf(LoginOutcome.Rejected.class, accounts.logIn(email, "fout wachtwoord!!"));
        assertInstanceOf(LoginOutcome.Rejected.class, accounts.logIn("niemand@example.org", "wat dan ook"));
        assertThrows(EmailInUseException.class, () -> accounts.createAdmin("Nog een", email, "nog een lange zin hier"));
        assertThrows(PasswordTooWeakException.class,
                () -> accounts.createAdmin("Kort", "kort-" + UUID.randomUUID() + "@example.org", "kort"));
    }

    @Test
    void repeatedFailedLoginsAreSlowedDown() {
        String email = "traag-" + UUID.randomUUID() + "@example.org";
        accounts.createAdmin("Traag", email, "het goede wachtwoord is dit");
        for (int i = 0; i < 3; i++) {
            assertInstanceOf(LoginOutcome.Rejected.class, accounts.logIn(email, "fout " + i));
        }
        // Even the right password waits now: the next attempt is only taken after the back-off.
        assertInstanceOf(LoginOutcome.Throttled.class, accounts.logIn(email, "het goede wachtwoord is dit"));
    }

    @Test
    void firstAdministratorIsCreatedOnceWithTheConsoleToken() throws Exception {
        withoutAdministrators();
        assertTrue(accounts.adminSetupPending());
        String token = accounts.issueAdminSetupToken().orElseThrow();
        assertTrue(accounts.isValidAdminSetupToken(token));
        assertFalse(accounts.isValidAdminSetupToken(token + "x"));
        assertThrows(InvalidSetupTokenException.class,
                () -> accounts.createFirstAdmin("verkeerd", "Eerste", "eerste@example.org", "een lange zin als wachtwoord"));

        String email = "eerste-" + UUID.randomUUID() + "@example.org";
        accounts.createFirstAdmin(token, "Eerste beheerder", email, "een lange zin als wachtwoord");

        assertFalse(accounts.adminSetupPending());
        assertFalse(accounts.isValidAdminSetupToken(token));
        assertTrue(accounts.issueAdminSetupToken().isEmpty());
        assertThrows(InvalidSetupTokenException.class,
                () -> accounts.createFirstAdmin(token, "Tweede", "tweede@example.org", "een lange zin als wachtwoord"));
    }

    /** Other tests in this run create administrators; the setup link only exists while there are none. */
    private void withoutAdministrators() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("delete from network.account_role where role = 'ADMIN'");
        }
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
