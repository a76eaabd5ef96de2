package nl.netwerkplaats.events.api;

/** How an item came in: captured during the gathering, imported from a written report, or added afterwards. */
public enum HarvestOrigin {
    LIVE, IMPORTED, ADDED
}
