package nl.netwerkplaats.launcher.console;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.netwerkplaats.launcher.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The server console for administrators: {@code ./netwerkplaats-console <command>}. Except import-report (which goes
 * through the running application) it works on the installation's
 * database directly, so it also works when Netwerkplaats is stopped or has no administrator yet, and reads the same
 * settings as the application ({@code -Dnetwerkplaats.x=...} before the command, or {@code NETWERKPLAATS_X}).
 *
 * <p>Exit codes: 0 done; 1 the command ran but could not do it (unknown address, not healthy, not confirmed);
 * 2 wrong usage; 3 the database, the installation or a tool could not be reached.
 */
@Command(name = "netwerkplaats-console", mixinStandardHelpOptions = true, version = "Netwerkplaats server console",
        description = {"Administers a Netwerkplaats installation from the server.",
                "Settings as for Netwerkplaats itself: -Dnetwerkplaats.db.url=... before the command,"
                        + " or NETWERKPLAATS_DB_URL etc.;",
                "without a database URL the embedded database in the data directory is used."},
        footer = {"", "Exit codes: 0 done, 1 could not be done, 2 wrong usage, 3 database or installation unreachable."},
        subcommands = {AccountCommands.CreateAdmin.class, AccountCommands.ResetPassword.class,
                AccountCommands.Lock.class, AccountCommands.Unlock.class, AccountCommands.ListUsers.class,
                ImportReportCommand.class, ExportCommand.class, BackupCommands.Backup.class,
                BackupCommands.Restore.class, RebuildSearchCommand.class, ConfigCommand.class, HealthCommand.class})
public final class Console implements Runnable {

    private final Map<String, String> systemProperties;
    private final Map<String, String> environment;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Confirmation confirmation;

    /** Asks a yes/no question; the terminal in real use, a fixed answer in tests. */
    public interface Confirmation {
        boolean confirm(String question);
    }

    Console(Map<String, String> systemProperties, Map<String, String> environment, PrintWriter out, PrintWriter err,
            Confirmation confirmation) {
        this.systemProperties = systemProperties;
        this.environment = environment;
        this.out = out;
        this.err = err;
        this.confirmation = confirmation;
    }

    public static void main(String[] args) {
        Map<String, String> properties = new LinkedHashMap<>();
        System.getProperties().stringPropertyNames().forEach(n -> properties.put(n, System.getProperty(n)));
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(execute(args, properties, System.getenv(), out, err, Console::askAtTerminal));
    }

    /**
     * Runs one command line. Leading {@code -Dkey=value} arguments are settings, like the JVM's system properties.
     */
    public static int execute(String[] args, Map<String, String> systemProperties, Map<String, String> environment,
                              PrintWriter out, PrintWriter err, Confirmation confirmation) {
        Map<String, String> properties = new LinkedHashMap<>(systemProperties);
        List<String> rest = new ArrayList<>();
        boolean settingsPart = true;
        for (String arg : args) {
            if (settingsPart && arg.startsWith("-D") && arg.contains("=")) {
                properties.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                settingsPart = false;
                rest.add(arg);
            }
        }
        Console console = new Console(properties, environment, out, err, confirmation);
        CommandLine commandLine = new CommandLine(console)
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, line, parsed) -> {
                    if (e instanceof ConsoleProblem problem) {
                        err.println("netwerkplaats-console: " + problem.getMessage());
                        return problem.exitCode();
                    }
                    if (e instanceof SQLException sql) {
                        err.println("netwerkplaats-console: the database refused: " + firstLine(sql.getMessage())
                                + ". Nothing was changed.");
                        return ConsoleProblem.FAILED;
                    }
                    err.println("netwerkplaats-console: " + e.getClass().getSimpleName() + ": "
                            + firstLine(e.getMessage()));
                    return ConsoleProblem.FAILED;
                });
        int code = commandLine.execute(rest.toArray(String[]::new));
        out.flush();
        err.flush();
        return code;
    }

    @Spec
    private CommandSpec spec;

    /** Without a command: a usage error that lists the commands. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command.");
    }

    Installation installation() {
        return Installation.open(settings(), err);
    }

    Settings settings() {
        return new Settings(systemProperties, environment);
    }

    Map<String, String> systemProperties() {
        return systemProperties;
    }

    Map<String, String> environment() {
        return environment;
    }

    PrintWriter out() {
        return out;
    }

    boolean confirm(String question) {
        return confirmation.confirm(question);
    }

    private static boolean askAtTerminal(String question) {
        java.io.Console terminal = System.console();
        if (terminal == null) {
            throw ConsoleProblem.failed(question + " There is no terminal to confirm on; add --yes.");
        }
        String answer = terminal.readLine("%s Type 'yes' to go on: ", question);
        return answer != null && answer.strip().equalsIgnoreCase("yes");
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("").strip();
    }
}
