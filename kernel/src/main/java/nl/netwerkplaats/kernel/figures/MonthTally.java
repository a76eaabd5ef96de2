package nl.netwerkplaats.kernel.figures;

/** A count per month ({@code 2026-03}, Dutch time) and key, for a line per key over time. */
public record MonthTally(String month, String key, long count) {
}
