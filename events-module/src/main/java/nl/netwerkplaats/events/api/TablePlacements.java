package nl.netwerkplaats.events.api;

import java.util.List;

/**
 * Who sits at which table in each round. Organisers let the planner place everyone who has a seat (confirmed),
 * spreading organisations, roles and municipalities and, if asked, rotating people between rounds; hosts and
 * note-takers who registered stay at their own table. Organisers then move people by hand; a hand-made seat is
 * kept when the planner runs again. A gathering without rounds has one placement for the whole day (round null).
 */
public interface TablePlacements {

    /** @throws NotOrganiserException unless organiser or coordinator */
    PlacementView placement(long actorId, long gatheringId);

    /**
     * Places everyone anew, except hand-made seats.
     *
     * @throws InvalidInputException (tables, REQUIRED) when the gathering has no tables
     */
    PlacementView place(long actorId, long gatheringId, boolean rotate);

    /**
     * Puts one person at a table for one round (null: the whole gathering without rounds), by hand.
     *
     * @throws InvalidInputException (registrationId / tableId / roundId) when it does not belong to this gathering
     */
    PlacementView move(long actorId, long gatheringId, long registrationId, Long roundId, long tableId);

    /** The member's own tables per round, in round order; empty when not placed. */
    List<SeatView> seatsOf(long accountId, long gatheringId);

    /** The same for the person behind a registration link (guests). */
    List<SeatView> seatsByLink(String token);
}
