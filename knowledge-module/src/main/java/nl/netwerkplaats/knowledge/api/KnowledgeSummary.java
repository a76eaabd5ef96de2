package nl.netwerkplaats.knowledge.api;

import java.time.OffsetDateTime;

/** A knowledge item as lists show it. */
public record KnowledgeSummary(long id, String title, KnowledgeType type, String summary,
                               OffsetDateTime publishedAt) {
}
