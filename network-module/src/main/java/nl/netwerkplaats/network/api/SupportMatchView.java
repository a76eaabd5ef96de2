package nl.netwerkplaats.network.api;

import java.time.Instant;

/** A party linked to a request, with its answer. {@code mayAnswer} is true when the viewer answers for it. */
public record SupportMatchView(long id, long requestId, String requestTitle, PartyKind partyKind, long partyId,
                               String partyName, MatchStatus status, Instant linkedAt, boolean mayAnswer) {
}
