package nl.netwerkplaats.launcher.console;

/**
 * Why a console command could not do its work, in one line for the administrator, with the exit code scripts see:
 * {@link #FAILED} when the command ran but the answer is no (an unknown address, an installation that is not
 * healthy), {@link #UNREACHABLE} when the database, the installation or a tool it needs cannot be used.
 * Usage errors exit with 2 (picocli's code).
 */
final class ConsoleProblem extends RuntimeException {

    static final int FAILED = 1;
    static final int UNREACHABLE = 3;

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    ConsoleProblem(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    ConsoleProblem(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    static ConsoleProblem failed(String message) {
        return new ConsoleProblem(FAILED, message);
    }

    static ConsoleProblem unreachable(String message) {
        return new ConsoleProblem(UNREACHABLE, message);
    }

    int exitCode() {
        return exitCode;
    }
}
