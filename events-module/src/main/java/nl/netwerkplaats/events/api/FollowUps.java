package nl.netwerkplaats.events.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Follow-up appointments of a gathering ("22 april 15.00 uur in Melick. Wie sluit aan?"): organisers plan them,
 * members join in one click, and an appointment can grow into a gathering or a group of its own.
 */
public interface FollowUps {

    int MAX_PURPOSE = 1000;
    int MAX_PLACE = 300;

    /** @throws InvalidInputException (startsAt, purpose, place) */
    FollowUpView plan(long actorId, long gatheringId, OffsetDateTime startsAt, String place, String purpose);

    void remove(long actorId, long followUpId);

    /** In time order; {@code viewerId} null for visitors. */
    List<FollowUpView> followUps(Long viewerId, long gatheringId);

    /** One click; joining twice changes nothing. */
    FollowUpView join(long accountId, long followUpId);

    FollowUpView leave(long accountId, long followUpId);

    /**
     * A new concept gathering prefilled from the appointment (title, time, place; the actor organises it), linked
     * to it; the organiser completes it in the usual form. Organisers of the original gathering only.
     */
    GatheringView makeGathering(long actorId, long followUpId);

    /** A new group through the network (name and goal from the purpose); the actor starts it. @return its id */
    long makeGroup(long actorId, long followUpId);
}
