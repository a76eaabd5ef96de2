package nl.netwerkplaats.events.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A follow-up appointment with who joins.
 *
 * @param joinedNames      names of who signed up; only for signed-in viewers, otherwise empty
 * @param viewerJoined     whether the viewer signed up
 * @param nextGatheringId  the gathering it became, if any
 * @param groupId          the group it became, if any (network)
 */
public record FollowUpView(long id, long gatheringId, OffsetDateTime startsAt, String place, String purpose,
                           int joinedCount, List<String> joinedNames, boolean viewerJoined, Long nextGatheringId,
                           Long groupId) {

    public FollowUpView {
        joinedNames = List.copyOf(joinedNames);
    }
}
