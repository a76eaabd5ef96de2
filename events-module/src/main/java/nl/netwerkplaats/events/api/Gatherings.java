package nl.netwerkplaats.events.api;

import java.util.List;

/**
 * Planning gatherings. Any member may create one and becomes its organiser; organisers add others. Every change
 * takes the acting account and is refused with {@link NotOrganiserException} unless that person organises the
 * gathering or acts as a coordinator.
 */
public interface Gatherings {

    int MAX_TITLE = 200;
    int MAX_TEXT = 10_000;
    int MAX_GOALS = 20;

    /** @throws InvalidInputException naming the field */
    GatheringView create(long actorId, GatheringDraft draft);

    /** Lowering the capacity keeps who has a seat; raising it promotes people from the waiting list at once. */
    GatheringView update(long actorId, long gatheringId, GatheringDraft draft);

    /** concept → gepubliceerd. @throws GatheringStatusException from any other status */
    GatheringView publish(long actorId, long gatheringId);

    /** Cancels and e-mails everyone registered or waiting. @throws GatheringStatusException once ended */
    GatheringView cancel(long actorId, long gatheringId, String reason);

    /** gepubliceerd → afgelopen, once it has ended (the upkeep timer also does this). */
    GatheringView finish(long actorId, long gatheringId);

    /** afgelopen → verslag gepubliceerd. */
    GatheringView markReportPublished(long actorId, long gatheringId);

    /**
     * "Volgende editie": a new concept with the same facts, organisers and themes, a year later unless the
     * organiser changes the dates; it remembers the edition it follows.
     */
    GatheringView nextEdition(long actorId, long gatheringId);

    /** @throws InvalidInputException (field accountId) when there is no such account */
    void addOrganiser(long actorId, long gatheringId, long accountId);

    void removeOrganiser(long actorId, long gatheringId, long accountId);

    boolean mayOrganise(long actorId, long gatheringId);

    /** Gatherings the person organises, concepts included, newest first; coordinators see all. */
    List<GatheringSummary> organisedBy(long actorId);

    /** E-mails every confirmed and waiting registrant. @return how many mails were queued */
    int messageRegistrants(long actorId, long gatheringId, String subject, String body);
}
