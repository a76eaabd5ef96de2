package nl.netwerkplaats.knowledge.api;

import java.util.List;

/** One page of hits, the total, and the counts per type, theme, municipality and year over all hits. */
public record KnowledgeResult(long total, int page, int pageSize, List<KnowledgeHit> hits,
                              List<FacetCount> types, List<FacetCount> themes, List<FacetCount> municipalities,
                              List<FacetCount> years) {

    public KnowledgeResult {
        hits = List.copyOf(hits);
        types = List.copyOf(types);
        themes = List.copyOf(themes);
        municipalities = List.copyOf(municipalities);
        years = List.copyOf(years);
    }

    public int pageCount() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }
}
