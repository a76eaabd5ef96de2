package nl.netwerkplaats.events.api;

import jakarta.ejb.ApplicationException;

/**
 * Someone else changed or removed the item since it was read; nothing was saved. {@link #current()} is the item as
 * it is now (null when it was removed or could not be read), so the page can show both versions.
 */
@ApplicationException(rollback = true)
public class StaleHarvestItemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient HarvestItemView current;

    public StaleHarvestItemException(long itemId, HarvestItemView current) {
        super("Harvest item " + itemId + " was changed by someone else");
        this.current = current;
    }

    public HarvestItemView current() {
        return current;
    }
}
