package nl.netwerkplaats.launcher.console;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * The few account rules the console needs, on the network schema, each in the caller's transaction, and each
 * change written to the audit log under "Serverconsole (os user)" so that Beheer → Logboek shows who did it.
 */
final class Accounts {

    /** As the application's manual lock: until the administrator unlocks. */
    private static final String LOCK_FOR = "36500 days";

    private final Connection connection;

    Accounts(Connection connection) {
        this.connection = connection;
    }

    record Account(long id, String email, String name, boolean directoryManaged) {
    }

    static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    Optional<Account> find(String email) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "select id, email, display_name, directory_managed from network.account where email = ?")) {
            s.setString(1, normalize(email));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Account(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                        : Optional.empty();
            }
        }
    }

    Account existing(String email) throws SQLException {
        return find(email).orElseThrow(() -> ConsoleProblem.failed("There is no account with the address "
                + normalize(email) + ". Nothing was changed."));
    }

    long create(String email, String name, String passwordHash) throws SQLException {
        long id;
        try (PreparedStatement s = connection.prepareStatement(
                "insert into network.account (email, display_name, password_hash, created_at, status)"
                        + " values (?, ?, ?, now(), 'ACTIVE') returning id")) {
            s.setString(1, normalize(email));
            s.setString(2, name.strip());
            s.setString(3, passwordHash);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        grant(id, "MEMBER");
        return id;
    }

    /** True when the role was new. */
    boolean grant(long accountId, String role) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "insert into network.account_role (account_id, role) values (?, ?) on conflict do nothing")) {
            s.setLong(1, accountId);
            s.setString(2, role);
            return s.executeUpdate() == 1;
        }
    }

    /** With an administrator in place, the one-time setup link of the first start is of no use any more. */
    void dropSetupLink() throws SQLException {
        update("delete from network.admin_setup_token");
    }

    void changePassword(long accountId, String passwordHash) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("update network.account set password_hash = ?,"
                + " failed_logins = 0, last_failed_login_at = null, locked_until = null, version = version + 1"
                + " where id = ?")) {
            s.setString(1, passwordHash);
            s.setLong(2, accountId);
            s.executeUpdate();
        }
        // A reset link sent earlier must not replace the password the administrator just set.
        update("delete from network.account_token where purpose = 'RESET' and account_id = ?", accountId);
    }

    void lock(long accountId) throws SQLException {
        update("update network.account set locked_until = now() + interval '" + LOCK_FOR + "', version = version + 1"
                + " where id = ?", accountId);
    }

    void unlock(long accountId) throws SQLException {
        update("update network.account set locked_until = null, failed_logins = 0, last_failed_login_at = null,"
                + " version = version + 1 where id = ?", accountId);
    }

    void audit(String action, long accountId, String detail) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("insert into network.audit_entry"
                + " (at, actor_id, actor_label, action, subject_type, subject_id, detail)"
                + " values (now(), null, ?, ?, 'person', ?, ?)")) {
            s.setString(1, actorLabel());
            s.setString(2, action);
            s.setLong(3, accountId);
            s.setString(4, detail);
            s.executeUpdate();
        }
    }

    static String actorLabel() {
        String label = "Serverconsole (" + System.getProperty("user.name", "?") + ")";
        return label.length() > 120 ? label.substring(0, 120) : label;
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }
}
