package nl.netwerkplaats.launcher;

/** A setting or a circumstance that stops start-up; its message is the one line the person at the console reads. */
final class StartupProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    StartupProblem(String message) {
        super(message);
    }

    StartupProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
