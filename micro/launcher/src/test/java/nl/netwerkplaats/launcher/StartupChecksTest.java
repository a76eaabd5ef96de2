package nl.netwerkplaats.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StartupChecksTest {

    @Test
    void portInUseNamesTheSetting() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            StartupProblem problem = assertThrows(StartupProblem.class,
                    () -> Launcher.requireFreePort(taken.getLocalPort()));
            assertTrue(problem.getMessage().contains("Port " + taken.getLocalPort() + " is already in use"));
            assertTrue(problem.getMessage().contains("NETWERKPLAATS_PORT"));
        }
    }

    @Test
    void portThatIsNoNumberNamesTheSetting() {
        Settings settings = new Settings(Map.of(), Map.of("NETWERKPLAATS_PORT", "achtduizend"));
        StartupProblem problem = assertThrows(StartupProblem.class, settings::port);
        assertTrue(problem.getMessage().contains("NETWERKPLAATS_PORT"), problem.getMessage());
    }

    @Test
    void systemPropertyWinsOverEnvironment() {
        Settings settings = new Settings(Map.of("netwerkplaats.port", "9090"), Map.of("NETWERKPLAATS_PORT", "8081"));
        assertEquals(9090, settings.port());
        assertEquals(8081, new Settings(Map.of(), Map.of("NETWERKPLAATS_PORT", "8081")).port());
        assertEquals(8080, new Settings(Map.of(), Map.of()).port());
    }

    @Test
    void unreachableDatabaseIsOneClearLine() {
        StartupProblem problem = assertThrows(StartupProblem.class,
                () -> DatabaseCheck.verify("jdbc:postgresql://localhost:1/netwerkplaats", "nwp", "geheim"));
        assertTrue(problem.getMessage().startsWith("Cannot reach PostgreSQL at jdbc:postgresql://localhost:1/"),
                problem.getMessage());
        assertTrue(problem.getMessage().contains("NETWERKPLAATS_DB_URL"));
        assertEquals(1, problem.getMessage().lines().count());
    }

    @Test
    void urlThatIsNotPostgresNamesTheSetting() {
        StartupProblem problem = assertThrows(StartupProblem.class,
                () -> DatabaseCheck.verify("jdbc:mysql://localhost/x", "u", "p"));
        assertTrue(problem.getMessage().contains("NETWERKPLAATS_DB_URL"));
    }

    @Test
    void wrongPasswordAndMissingDatabaseAreExplained() {
        String wrongPassword = DatabaseCheck.explain(new SQLException("password authentication failed", "28P01"),
                "jdbc:postgresql://db/nwp", "nwp");
        assertTrue(wrongPassword.contains("wrong user or password") && wrongPassword.contains("NETWERKPLAATS_DB_PASSWORD"));
        String missing = DatabaseCheck.explain(new SQLException("database does not exist", "3D000"),
                "jdbc:postgresql://db/nwp", "nwp");
        assertTrue(missing.contains("does not exist"));
    }
}
