package nl.netwerkplaats.network.api;

/** Whether a group still takes members. */
public enum GroupStatus {
    ACTIVE,
    /** Its end date has passed. */
    ENDED,
    /** An owner or a coordinator closed it. */
    CLOSED
}
