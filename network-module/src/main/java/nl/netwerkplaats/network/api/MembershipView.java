package nl.netwerkplaats.network.api;

import java.io.Serializable;

/** A person's place in an organisation or initiative. */
public record MembershipView(long membershipId, long organisationId, String organisationName, long accountId, String personName,
                             MemberRole role, String title, boolean pending) implements Serializable {
}
