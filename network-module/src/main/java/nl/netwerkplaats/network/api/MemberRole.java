package nl.netwerkplaats.network.api;

/** What a member may do for their organisation. */
public enum MemberRole {
    /** Keeps the organisation's page and its members. */
    MANAGER,
    MEMBER
}
