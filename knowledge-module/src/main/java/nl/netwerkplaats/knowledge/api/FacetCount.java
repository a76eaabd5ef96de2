package nl.netwerkplaats.knowledge.api;

/** How many hits have this value; {@code value} is a type name, theme id, CBS code or year. */
public record FacetCount(String value, long count) {
}
