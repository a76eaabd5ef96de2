package nl.netwerkplaats.kernel.figures;

/**
 * A count under a key: a kind, a type, a status, a municipality code, a theme id or a month ({@code 2026-03}).
 * The web layer turns the key into a label.
 */
public record Tally(String key, long count) {
}
