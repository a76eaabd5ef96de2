package nl.netwerkplaats.network.api;

/** A person's place in an organisation or initiative. */
public record MembershipView(long membershipId, long organisationId, String organisationName, long accountId, String personName,
                             MemberRole role, String title, boolean pending) {
}
