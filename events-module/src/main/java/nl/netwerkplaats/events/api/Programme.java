package nl.netwerkplaats.events.api;

/**
 * The programme of a gathering: rounds (title, question, time slot, order) and tables (number, topic or case,
 * host, note-taker). Tables are for the whole gathering; who sits where per round the table placement.
 * Reading is open to everyone who may see the gathering; every change takes the acting account and is refused
 * with {@link NotOrganiserException} unless that person organises the gathering or is a coordinator.
 */
public interface Programme {

    int MAX_TITLE = 200;
    int MAX_QUESTION = 1000;
    int MAX_TOPIC = 300;
    int MAX_NAME = 200;
    int MAX_ROUNDS = 20;
    int MAX_TABLES = 100;

    /** @throws UnknownGatheringException when there is no such gathering */
    ProgrammeView programme(long gatheringId);

    /** Appends a round at the end. @throws InvalidInputException naming the field (title, question, endsAt) */
    RoundView addRound(long actorId, long gatheringId, RoundDraft draft);

    RoundView updateRound(long actorId, long roundId, RoundDraft draft);

    /** Moves a round to a new place (1 = first); the others shift. */
    ProgrammeView moveRound(long actorId, long roundId, int newPosition);

    /** Its harvest items stay, without a round. */
    void removeRound(long actorId, long roundId);

    /**
     * @throws InvalidInputException (number, NUMBER_TAKEN) when the gathering already has a table with that number;
     *                               (hostAccountId / noteTakerAccountId, UNKNOWN_ACCOUNT) for an unknown member
     */
    TableView addTable(long actorId, long gatheringId, TableDraft draft);

    TableView updateTable(long actorId, long tableId, TableDraft draft);

    /** Its harvest items stay, without a table. */
    void removeTable(long actorId, long tableId);
}
