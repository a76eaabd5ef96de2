package nl.netwerkplaats.knowledge.api;

import java.time.OffsetDateTime;

/**
 * One search result. {@code snippetHtml} is HTML-escaped text in which only the matched words are wrapped in
 * {@code <mark>}, so it is safe to put into a page as markup.
 */
public record KnowledgeHit(long id, String title, KnowledgeType type, String summary, String snippetHtml,
                           double score, OffsetDateTime publishedAt, boolean wellDescribed) {
}
