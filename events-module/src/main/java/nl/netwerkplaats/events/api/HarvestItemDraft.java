package nl.netwerkplaats.events.api;

/**
 * One harvested thing as a note-taker types it.
 *
 * @param tableId        the table that harvested it; null for the plenary (organisers only)
 * @param roundId        the round (and so the question) it answers; null when it belongs to no round
 * @param pitchedBy      for a {@link HarvestType#CASUS}: who pitched it
 * @param governmentView for a {@link HarvestType#KNELPUNT}: the bottleneck as the government side sees it
 * @param initiativeView for a knelpunt: as the initiative or entrepreneur side sees it
 * @param caseItemId     for a {@link HarvestType#SUGGESTIE}: the casus item it advises on, if any
 */
public record HarvestItemDraft(Long tableId, Long roundId, HarvestType type, String text, String pitchedBy,
                               String governmentView, String initiativeView, Long caseItemId) {

    public static HarvestItemDraft of(Long tableId, Long roundId, HarvestType type, String text) {
        return new HarvestItemDraft(tableId, roundId, type, text, null, null, null, null);
    }
}
