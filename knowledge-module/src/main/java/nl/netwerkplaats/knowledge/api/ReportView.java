package nl.netwerkplaats.knowledge.api;

import java.time.OffsetDateTime;

/** An open report of abuse: about an item, or about one reaction on it when {@code reactionId} is set. */
public record ReportView(long id, long itemId, String itemTitle, Long reactionId, String reactionText,
                         String reason, OffsetDateTime createdAt) {
}
