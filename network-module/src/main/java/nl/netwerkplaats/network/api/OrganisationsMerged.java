package nl.netwerkplaats.network.api;

/** Organisation {@code fromId} was merged into {@code intoId}: modules that refer to it re-point their ids. */
public record OrganisationsMerged(long fromId, long intoId) {
}
