package nl.netwerkplaats.events.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A harvested item. {@code version} goes with every change: pass it back to {@link Harvest#revise} so an edit made
 * meanwhile on another phone is noticed instead of overwritten.
 *
 * @param authorName the member's display name, or the name an importer or guest gave
 */
public record HarvestItemView(long id, long gatheringId, Long tableId, Long roundId, HarvestType type, String text,
                              String pitchedBy, String governmentView, String initiativeView, Long caseItemId,
                              Long authorId, String authorName, HarvestOrigin origin, HarvestItemStatus status,
                              long position, OffsetDateTime createdAt, OffsetDateTime updatedAt, int version)
                                      implements Serializable {

    public HarvestItemDraft toDraft() {
        return new HarvestItemDraft(tableId, roundId, type, text, pitchedBy, governmentView, initiativeView,
                caseItemId);
    }
}
