package nl.netwerkplaats.knowledge.api;

import java.time.OffsetDateTime;

/** A reaction as the item page shows it; {@code authorName} is null when the account no longer exists. */
public record ReactionView(long id, long itemId, Long authorId, String authorName, String text,
                           OffsetDateTime createdAt) {
}
