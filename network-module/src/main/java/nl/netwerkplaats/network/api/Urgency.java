package nl.netwerkplaats.network.api;

/** How soon a support request needs an answer. */
public enum Urgency {
    LOW, NORMAL, HIGH
}
