package nl.netwerkplaats.events.api;

import java.util.List;

/**
 * Organisers chose, when publishing a report, to send these harvest items to the knowledge bank. Fired in the
 * publishing transaction; observe it {@code AFTER_SUCCESS} and read the items through {@link Harvest#shownItems}
 * or the ids given here. Each knowledge item should link back to the gathering ({@code gatheringId}).
 */
public record HarvestShared(long gatheringId, String gatheringTitle, long sharedBy, List<SharedItem> items) {

    public HarvestShared {
        items = List.copyOf(items);
    }

    /** What the knowledge bank needs of one item, so the observer does not have to call back. */
    public record SharedItem(long itemId, HarvestType type, String text, Integer tableNumber, String roundTitle,
                             String question) {
    }
}
