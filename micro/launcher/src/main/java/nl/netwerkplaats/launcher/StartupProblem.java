package nl.netwerkplaats.launcher;

/** A setting or a circumstance that stops start-up; its message is the one line the person at the console reads. */
public final class StartupProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StartupProblem(String message) {
        super(message);
    }

    public StartupProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
