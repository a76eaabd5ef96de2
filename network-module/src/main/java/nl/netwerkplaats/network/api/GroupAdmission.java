package nl.netwerkplaats.network.api;

/** How someone becomes a member of a group. */
public enum GroupAdmission {
    /** Whoever joins is a member at once. */
    OPEN,
    /** A request to join waits until an owner of the group approves or refuses it. */
    ON_APPROVAL
}
