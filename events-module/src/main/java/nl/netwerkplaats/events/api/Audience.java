package nl.netwerkplaats.events.api;

/** Who may register for a gathering: anyone (guests too), network members, or the members of one group. */
public enum Audience {
    EVERYONE, MEMBERS, GROUP
}
