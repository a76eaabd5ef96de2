package nl.netwerkplaats.network.api;

import java.time.Instant;

/** One entry of the ledger, with the points it earned when it was recorded. */
public record ContributionView(ContributionKind kind, String sourceRef, int points, Instant recordedAt) {
}
