package nl.netwerkplaats.network.api;

import java.util.Objects;

/**
 * Someone contributed to the network. Any module fires this with {@code jakarta.enterprise.event.Event} inside its
 * own transaction; the network module observes it after a successful commit only, so nothing that was rolled back
 * is counted. Recording is idempotent per person, kind and {@code sourceRef}: fire it again for the same thing and
 * nothing changes.
 *
 * @param sourceRef what the contribution was, stable and unique within the kind, e.g. {@code "gathering:42"} or
 *                  {@code "knowledge-item:7"} (at most 200 characters)
 */
public record ContributionMade(long accountId, ContributionKind kind, String sourceRef) {

    public ContributionMade {
        Objects.requireNonNull(kind, "kind");
        if (sourceRef == null || sourceRef.isBlank() || sourceRef.length() > 200) {
            throw new IllegalArgumentException("sourceRef must have 1 to 200 characters");
        }
    }
}
