package nl.netwerkplaats.events.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** @param itemId null for a reaction on the whole report */
public record ReactionView(long id, long gatheringId, Long itemId, String authorName, String text, boolean shown,
                           OffsetDateTime createdAt) implements Serializable {
}
