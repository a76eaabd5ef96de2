package nl.netwerkplaats.network.api;

import java.util.List;

/**
 * A party that could help with a request, with its score and the reasons in order of weight.
 *
 * @param linked the status of its link to this request, or null when it is not linked yet
 */
public record MatchCandidate(PartyKind kind, long id, String name, double score, List<MatchReason> reasons,
                             MatchStatus linked) {
}
