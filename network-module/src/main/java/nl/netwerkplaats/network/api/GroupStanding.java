package nl.netwerkplaats.network.api;

/** Where a person stands in one group. */
public enum GroupStanding {
    /** Not a member and not waiting. */
    NONE,
    /** Asked to join a group on approval; an owner has not decided yet. */
    PENDING,
    MEMBER,
    /** A member who also runs the group: approves requests, changes and closes it. */
    OWNER;

    public boolean isMember() {
        return this == MEMBER || this == OWNER;
    }
}
