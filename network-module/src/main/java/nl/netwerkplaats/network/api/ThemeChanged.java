package nl.netwerkplaats.network.api;

/** A theme was renamed, retired or reinstated. Fired inside the transaction; observe it after success. */
public record ThemeChanged(long themeId) {
}
