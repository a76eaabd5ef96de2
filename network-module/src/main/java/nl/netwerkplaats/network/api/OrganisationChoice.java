package nl.netwerkplaats.network.api;

/** An organisation or initiative as a picker (autocomplete) offers it: enough to choose, nothing more. */
public record OrganisationChoice(long id, String name, OrganisationKind kind) {
}
