package nl.netwerkplaats.network.api;

/** Open for responses, being worked on by the picked students, or finished with a result. */
public enum AssignmentStatus {
    OPEN, IN_PROGRESS, FINISHED
}
