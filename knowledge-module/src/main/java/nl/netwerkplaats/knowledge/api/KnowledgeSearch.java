package nl.netwerkplaats.knowledge.api;

import java.util.List;

/** Dutch full-text search over published items; the pages, the REST API and the feeds all use this one engine. */
public interface KnowledgeSearch {

    KnowledgeResult search(KnowledgeQuery query);

    /** Published items most like this one by their words, the item itself left out. */
    List<KnowledgeHit> moreLikeThis(long itemId, int max);

    /** The newest published items with this theme, for the theme's feed. */
    List<KnowledgeSummary> newestWithTheme(long themeId, int max);
}
