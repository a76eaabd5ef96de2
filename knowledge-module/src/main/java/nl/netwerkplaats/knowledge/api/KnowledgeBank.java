package nl.netwerkplaats.knowledge.api;

import java.util.List;
import java.util.Map;

/** Read side of the knowledge bank. */
public interface KnowledgeBank {

    /** Published items, newest first. */
    List<KnowledgeSummary> latest(int limit);

    long countPublished();

    /** The theme names this module has learned from the network module's events, keyed by theme id. */
    Map<Long, String> themeLabels();
}
