package nl.netwerkplaats.events.api;

import java.util.List;
import java.util.Optional;

/**
 * What the tables of a gathering harvest. A table's note-taker captures items for that table; organisers and
 * coordinators for every table and for the plenary (no table). Each item is its own row with a version, so tables
 * capturing at the same time never overwrite each other, and two edits of one item are detected
 * ({@link StaleHarvestItemException}). Refusals are {@link NotOrganiserException}; bad input is
 * {@link InvalidInputException} naming the field (text, type, tableId, roundId, caseItemId, ...).
 */
public interface Harvest {

    int MAX_TEXT = 5000;
    int MAX_VIEW = 2000;
    int MAX_NAME = 200;
    int MAX_BATCH = 5000;

    /** A new item, placed after the others of its table and round. */
    HarvestItemView capture(long actorId, long gatheringId, HarvestItemDraft draft);

    /**
     * Many items at once, in the given order (reading order of an imported report), in one transaction: all or
     * nothing. {@code authorName} is written on each (e.g. the report's author); null for the actor.
     */
    List<HarvestItemView> captureAll(long actorId, long gatheringId, HarvestOrigin origin, String authorName,
                                     List<HarvestItemDraft> drafts);

    /** @throws StaleHarvestItemException when {@code version} is not the item's current version */
    HarvestItemView revise(long actorId, long itemId, int version, HarvestItemDraft draft);

    /** @throws StaleHarvestItemException when {@code version} is not the item's current version */
    void remove(long actorId, long itemId, int version);

    /** Whether the person may capture for this table (null: the plenary). */
    boolean mayCapture(long actorId, long gatheringId, Long tableId);

    /**
     * Every item of the gathering (also pending and hidden ones) in report order: by round, table number, position.
     * For organisers, coordinators and the gathering's note-takers.
     */
    List<HarvestItemView> items(long actorId, long gatheringId);

    /** The items shown in the report, in report order; anyone who may see the report. */
    List<HarvestItemView> shownItems(long gatheringId);

    /**
     * One item as the report shows it; empty when there is no such item or it is not shown (waiting for an
     * organiser, or hidden). Whether the gathering itself may be seen is for the caller to check.
     */
    Optional<HarvestItemView> shownItem(long itemId);
}
