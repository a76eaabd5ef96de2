package nl.netwerkplaats.network.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/** A person as coordinators and administrators see them in the people list. */
public record PersonSummary(long id, String displayName, String email, Set<Role> roles, boolean confirmed,
                            Instant lockedUntil, Instant createdAt) implements Serializable {

    public PersonSummary {
        roles = Set.copyOf(roles);
    }
}
