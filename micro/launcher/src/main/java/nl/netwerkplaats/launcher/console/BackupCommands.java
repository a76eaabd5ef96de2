package nl.netwerkplaats.launcher.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Backup with pg_dump (custom format) and restore with pg_restore, all or nothing. */
final class BackupCommands {

    private BackupCommands() {
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = {"Writes a backup of the whole database with pg_dump (custom format, compressed).",
                    "It can run while Netwerkplaats runs. The file is readable by its owner only."})
    static final class Backup implements Callable<Integer> {

        @ParentCommand
        Console console;

        @Option(names = {"--output", "-o"}, required = true, description = "the backup file to write (must not exist)")
        Path output;

        @Option(names = "--pg-bin", description = "folder with pg_dump (default: from PATH)")
        Path pgBin;

        @Override
        public Integer call() throws SQLException, IOException {
            try (Installation installation = console.installation(); Connection connection = installation.connect()) {
                PostgresTools tools = new PostgresTools(pgBin);
                tools.requireCompatible("pg_dump", connection);
                Path file = ExportCommand.createPrivate(output);
                try {
                    PostgresTools.run(List.of(tools.executable("pg_dump"), "--format=custom", "--no-owner",
                            "--file=" + file.toAbsolutePath()), PostgresTools.environment(installation), "pg_dump");
                } catch (RuntimeException e) {
                    Files.deleteIfExists(file);
                    throw e;
                }
                console.out().println("Backup written to " + file.toAbsolutePath() + " (" + Files.size(file)
                        + " bytes). Restore it with: netwerkplaats-console restore --input " + file.toAbsolutePath());
                return 0;
            }
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = {"Replaces all data in the database with a backup made by 'backup'.",
                    "It runs in one transaction: when anything fails, the database stays as it was.",
                    "Stop Netwerkplaats first."})
    static final class Restore implements Callable<Integer> {

        @ParentCommand
        Console console;

        @Option(names = {"--input", "-i"}, required = true, description = "the backup file")
        Path input;

        @Option(names = "--yes", description = "do not ask for confirmation")
        boolean confirmed;

        @Option(names = "--pg-bin", description = "folder with pg_restore (default: from PATH)")
        Path pgBin;

        @Override
        public Integer call() throws SQLException {
            if (!Files.isReadable(input)) {
                throw ConsoleProblem.failed(input + " does not exist or cannot be read. Nothing was changed.");
            }
            try (Installation installation = console.installation(); Connection connection = installation.connect()) {
                if (installation.embeddedInUse()) {
                    throw ConsoleProblem.failed("Netwerkplaats is running on this database. Stop it first (Ctrl-C in"
                            + " its window), then restore. Nothing was changed.");
                }
                int others = otherSessions(connection);
                if (others > 0) {
                    throw ConsoleProblem.failed(others + " other connection(s) use this database; is Netwerkplaats"
                            + " still running? Stop it first. Nothing was changed.");
                }
                if (!confirmed && !console.confirm("This replaces ALL data in " + installation.url()
                        + " with the backup " + input + ".")) {
                    throw ConsoleProblem.failed("Not confirmed. Nothing was changed.");
                }
                PostgresTools tools = new PostgresTools(pgBin);
                tools.requireCompatible("pg_restore", connection);
                PostgresTools.run(List.of(tools.executable("pg_restore"), "--clean", "--if-exists", "--no-owner",
                                "--single-transaction", "--exit-on-error", "--dbname=" + PostgresTools
                                        .environment(installation).get("PGDATABASE"), input.toAbsolutePath().toString()),
                        PostgresTools.environment(installation), "pg_restore");
                console.out().println("Restored " + input.toAbsolutePath() + ". Start Netwerkplaats again; it migrates"
                        + " the data forward if the backup is older than this version. Then run rebuild-search.");
                return 0;
            }
        }

        private static int otherSessions(Connection connection) throws SQLException {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                    "select count(*) from pg_stat_activity where datname = current_database()"
                            + " and pid <> pg_backend_pid() and backend_type = 'client backend'")) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
