package nl.netwerkplaats.knowledge.api;

import java.util.List;

/**
 * One page of hits, the total, and the counts per type, theme, municipality and year over all hits. When a text has
 * very many matches, {@code totalExact} is false: the total and the counts are those of the candidates the search
 * took (a few hundred), and there are more.
 */
public record KnowledgeResult(long total, boolean totalExact, int page, int pageSize, List<KnowledgeHit> hits,
                              List<FacetCount> types, List<FacetCount> themes, List<FacetCount> municipalities,
                              List<FacetCount> years) {

    public KnowledgeResult {
        hits = List.copyOf(hits);
        types = List.copyOf(types);
        themes = List.copyOf(themes);
        municipalities = List.copyOf(municipalities);
        years = List.copyOf(years);
    }

    /** With an inexact total, paging stays within the candidates. */
    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
