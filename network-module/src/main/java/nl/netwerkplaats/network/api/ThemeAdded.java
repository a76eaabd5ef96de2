package nl.netwerkplaats.network.api;

/** A theme was added to the catalog. Fired inside the transaction; observe it after success. */
public record ThemeAdded(long themeId) {
}
