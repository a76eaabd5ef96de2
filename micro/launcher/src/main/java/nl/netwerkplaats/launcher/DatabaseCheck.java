package nl.netwerkplaats.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Tries the database once before Payara starts, so a wrong setting is one clear line instead of a deploy failure. */
public final class DatabaseCheck {

    private DatabaseCheck() {
    }

    public static void verify(String url, String user, String password) {
        if (!url.startsWith("jdbc:postgresql://")) {
            throw new StartupProblem("The database URL '" + url + "' is not a PostgreSQL JDBC URL. Set "
                    + Settings.describe(Settings.DB_URL) + " like jdbc:postgresql://dbhost:5432/netwerkplaats.");
        }
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("loginTimeout", "10");
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new StartupProblem(explain(e, url, user), e);
        }
    }

    public static String explain(SQLException e, String url, String user) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            case "28P01", "28000" -> "PostgreSQL refused user '" + user + "' at " + url + " (wrong user or password)."
                    + " Check " + Settings.describe(Settings.DB_USER) + " and " + Settings.describe(Settings.DB_PASSWORD) + ".";
            case "3D000" -> "The database in " + url + " does not exist. Create it (createdb) or correct "
                    + Settings.describe(Settings.DB_URL) + ".";
            case "08001", "08004", "08006" -> "Cannot reach PostgreSQL at " + url + ". Check that it runs and that "
                    + Settings.describe(Settings.DB_URL) + " names the right host and port.";
            default -> "Cannot use the database at " + url + ": " + firstLine(e.getMessage()) + ". Check "
                    + Settings.describe(Settings.DB_URL) + ", _USER and _PASSWORD.";
        };
    }

    private static String firstLine(String message) {
        return message == null ? "unknown error" : message.lines().findFirst().orElse("").strip();
    }
}
