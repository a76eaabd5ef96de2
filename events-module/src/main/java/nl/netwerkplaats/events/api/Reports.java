package nl.netwerkplaats.events.api;

import java.util.List;

/**
 * The report of a gathering: generated from its programme and harvest, with an intro and a synthesis that
 * organisers write before publishing. Once published (the gathering becomes "verslag gepubliceerd") everyone may
 * read it; participants are mailed; members react and add items ("aanvullen"), which organisers moderate.
 */
public interface Reports {

    int MAX_TEXT = 20_000;
    int MAX_REACTION = 4000;

    /**
     * @param viewerId null for a visitor
     * @throws NotOrganiserException     before publication, for anyone but organisers and coordinators
     * @throws UnknownGatheringException when there is no such gathering
     */
    ReportView report(Long viewerId, long gatheringId);

    /** Organisers write intro and synthesis; allowed before and after publication. */
    ReportView write(long actorId, long gatheringId, String intro, String synthesis);

    /**
     * Publishes: the gathering becomes "verslag gepubliceerd" (it must be afgelopen), every confirmed participant
     * gets a mail, and the chosen items go to the knowledge bank ({@link HarvestShared}, after commit).
     *
     * @param shareItemIds items to send to the knowledge bank; may be empty
     * @return how many participants were mailed
     * @throws GatheringStatusException unless the gathering is afgelopen
     */
    int publish(long actorId, long gatheringId, List<Long> shareItemIds);

    /**
     * A signed-in member reacts on the published report (itemId null) or on one of its items.
     *
     * @throws InvalidInputException (text) when empty or too long; (itemId, UNKNOWN_ITEM) when not in this report
     * @throws GatheringStatusException before publication
     */
    ReactionView react(long accountId, long gatheringId, Long itemId, String text);

    /** Organisers hide or show a reaction again. */
    void moderateReaction(long actorId, long reactionId, boolean shown);

    /**
     * "Aanvullen": a member adds an item to the published report; it waits for an organiser.
     *
     * @throws GatheringStatusException before publication
     */
    HarvestItemView addItem(long accountId, long gatheringId, HarvestItemDraft draft);

    /** Organisers show (approve) or hide an item in the report. */
    void moderateItem(long actorId, long itemId, HarvestItemStatus status);
}
