package nl.netwerkplaats.network.api;

/** Who may see a profile field. A viewer sees a field when their audience is at least as close as its setting. */
public enum Audience {
    /** Everyone, also visitors who are not signed in. */
    VISITORS,
    /** Signed-in members only. */
    MEMBERS,
    /** Nobody but the person (and what the law requires of administrators). */
    NOBODY;

    /** Whether a viewer of this kind (VISITORS or MEMBERS) may see a field set to {@code setting}. */
    public boolean maySee(Audience setting) {
        return setting != NOBODY && (this == MEMBERS || setting == VISITORS);
    }
}
