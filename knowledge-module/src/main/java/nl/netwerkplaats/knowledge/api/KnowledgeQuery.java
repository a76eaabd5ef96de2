package nl.netwerkplaats.knowledge.api;

/**
 * A search in the knowledge bank. All filters are optional (null); {@code text} is what a person types, in
 * web-search syntax ("quotes", or, -not). Pages count from 0.
 */
public record KnowledgeQuery(String text, KnowledgeType type, Long themeId, String municipalityCode, Integer year,
                             Sort sort, int page, int pageSize) {

    public static final int MAX_PAGE_SIZE = 50;

    public enum Sort {
        /** Best match first; newest first when there is no text. */
        RELEVANCE,
        NEWEST,
        TITLE
    }

    public KnowledgeQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        sort = sort == null ? Sort.RELEVANCE : sort;
        page = Math.max(0, page);
        pageSize = Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
    }

    public static KnowledgeQuery text(String text) {
        return new KnowledgeQuery(text, null, null, null, null, Sort.RELEVANCE, 0, 20);
    }
}
