package nl.netwerkplaats.launcher.console;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** The console's account commands. Each runs in one transaction: all of it happens, or nothing. */
final class AccountCommands {

    private AccountCommands() {
    }

    enum Role { MEMBER, COORDINATOR, EDITOR, ADMIN }

    enum Format { TABLE, CSV }

    /** Shared plumbing: the installation, one transaction, the problem → exit code mapping is in {@link Console}. */
    abstract static class InTransaction implements Callable<Integer> {

        @ParentCommand
        Console console;

        @Override
        public final Integer call() throws SQLException {
            try (Installation installation = console.installation(); Connection connection = installation.connect()) {
                connection.setAutoCommit(false);
                try {
                    int code = run(new Accounts(connection), connection, console.out());
                    connection.commit();
                    return code;
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                }
            }
        }

        abstract int run(Accounts accounts, Connection connection, PrintWriter out) throws SQLException;
    }

    @Command(name = "create-admin", mixinStandardHelpOptions = true,
            description = {"Creates an administrator who can sign in with an e-mail address and password.",
                    "An existing account with that address is made administrator instead; its password stays."})
    static final class CreateAdmin extends InTransaction {

        @Option(names = "--email", required = true, description = "the administrator's e-mail address (the login)")
        String email;

        @Option(names = "--name", required = true, description = "the name shown in the application")
        String name;

        @Option(names = "--password-stdin", description = "read the password from the first line of standard input"
                + " instead of asking at the terminal")
        boolean passwordFromStandardInput;

        @Override
        int run(Accounts accounts, Connection connection, PrintWriter out) throws SQLException {
            String address = Accounts.normalize(email);
            if (address.length() > 254 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw ConsoleProblem.failed("'" + email + "' is not an e-mail address. Nothing was changed.");
            }
            if (name.isBlank() || name.strip().length() > 120) {
                throw ConsoleProblem.failed("The name must be 1 to 120 characters. Nothing was changed.");
            }
            var existing = accounts.find(address);
            if (existing.isPresent()) {
                boolean granted = accounts.grant(existing.get().id(), "ADMIN");
                if (granted) {
                    accounts.audit("person.role-granted", existing.get().id(), "ADMIN");
                }
                accounts.dropSetupLink();
                out.println(granted
                        ? address + " already had an account; it is now an administrator (its password did not change)."
                        : address + " is already an administrator. Nothing was changed.");
                return 0;
            }
            char[] password = Passwords.read(passwordFromStandardInput, address);
            try {
                long id = accounts.create(address, name, Passwords.hash(password));
                accounts.grant(id, "ADMIN");
                accounts.audit("person.created-admin", id, null);
                accounts.dropSetupLink();
                out.println("Administrator " + address + " created (account " + id + "). Sign in with this address.");
                return 0;
            } finally {
                Arrays.fill(password, '\0');
            }
        }
    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true,
            description = {"Sets a new password for an account and lifts a lock from failed logins.",
                    "Reset links sent earlier stop working. Accounts of the organisation's directory (LDAP) are refused:",
                    "their password lives there."})
    static final class ResetPassword extends InTransaction {

        @Option(names = "--email", required = true, description = "the account's e-mail address")
        String email;

        @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
        boolean passwordFromStandardInput;

        @Override
        int run(Accounts accounts, Connection connection, PrintWriter out) throws SQLException {
            Accounts.Account account = accounts.existing(email);
            if (account.directoryManaged()) {
                throw ConsoleProblem.failed(account.email() + " signs in through the organisation's directory (LDAP);"
                        + " change the password there. Nothing was changed.");
            }
            char[] password = Passwords.read(passwordFromStandardInput, account.email());
            try {
                accounts.changePassword(account.id(), Passwords.hash(password));
            } finally {
                Arrays.fill(password, '\0');
            }
            accounts.audit("person.password-reset", account.id(), null);
            out.println("New password set for " + account.email() + ".");
            return 0;
        }
    }

    @Command(name = "lock", mixinStandardHelpOptions = true,
            description = "Locks an account: it cannot sign in until it is unlocked.")
    static final class Lock extends InTransaction {

        @Option(names = "--email", required = true, description = "the account's e-mail address")
        String email;

        @Override
        int run(Accounts accounts, Connection connection, PrintWriter out) throws SQLException {
            Accounts.Account account = accounts.existing(email);
            accounts.lock(account.id());
            accounts.audit("person.locked", account.id(), null);
            out.println(account.email() + " is locked. It cannot sign in until: netwerkplaats-console unlock --email "
                    + account.email());
            return 0;
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true,
            description = "Unlocks an account locked by an administrator or by too many failed logins.")
    static final class Unlock extends InTransaction {

        @Option(names = "--email", required = true, description = "the account's e-mail address")
        String email;

        @Override
        int run(Accounts accounts, Connection connection, PrintWriter out) throws SQLException {
            Accounts.Account account = accounts.existing(email);
            accounts.unlock(account.id());
            accounts.audit("person.unlocked", account.id(), null);
            out.println(account.email() + " is unlocked.");
            return 0;
        }
    }

    @Command(name = "list-users", mixinStandardHelpOptions = true,
            description = "Lists accounts, optionally only those with one role.")
    static final class ListUsers extends InTransaction {

        @Option(names = "--role", description = "only accounts with this role: ${COMPLETION-CANDIDATES}")
        Role role;

        @Option(names = "--format", defaultValue = "TABLE", description = "TABLE (default) or CSV")
        Format format;

        @Override
        int run(Accounts accounts, Connection connection, PrintWriter out) throws SQLException {
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement s = connection.prepareStatement("""
                    select a.id, a.email, a.display_name,
                           (select string_agg(r.role, ' ' order by r.role) from network.account_role r
                            where r.account_id = a.id) as roles,
                           a.status, coalesce(a.locked_until > now(), false) as locked, a.directory_managed
                    from network.account a
                    where cast(? as varchar) is null
                       or exists (select 1 from network.account_role r where r.account_id = a.id and r.role = ?)
                    order by lower(a.display_name), a.id""")) {
                String wanted = role == null ? null : role.name();
                s.setString(1, wanted);
                s.setString(2, wanted);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new String[] {Long.toString(rs.getLong(1)), rs.getString(2), rs.getString(3),
                                rs.getString(4) == null ? "" : rs.getString(4), rs.getString(5),
                                rs.getBoolean(6) ? "locked" : "", rs.getBoolean(7) ? "directory" : "local"});
                    }
                }
            }
            String[] header = {"id", "email", "name", "roles", "status", "lock", "login"};
            if (format == Format.CSV) {
                out.println(String.join(",", header));
                rows.forEach(r -> out.println(String.join(",", Arrays.stream(r).map(Table::csvCell).toList())));
            } else {
                Table.print(out, header, rows);
                out.println(rows.size() + (rows.size() == 1 ? " account" : " accounts")
                        + (role == null ? "" : " with role " + role));
            }
            return 0;
        }
    }
}
