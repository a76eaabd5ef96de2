package nl.netwerkplaats.network.api;

import java.time.Instant;
import java.util.Set;

/** A person as coordinators and administrators see them in the people list. */
public record PersonSummary(long id, String displayName, String email, Set<Role> roles, boolean confirmed,
                            Instant lockedUntil, Instant createdAt) {

    public PersonSummary {
        roles = Set.copyOf(roles);
    }
}
