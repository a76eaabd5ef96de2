package nl.netwerkplaats.network.api;

import java.util.List;
import java.util.Map;

/** One page of hits, the total, and per facet value how many of all hits have it. */
public record DirectoryResult(List<DirectoryHit> hits, long total, Map<OrganisationKind, Long> kinds,
                              Map<Long, Long> themes, Map<String, Long> provinces) {

    public DirectoryResult {
        hits = List.copyOf(hits);
        kinds = Map.copyOf(kinds);
        themes = Map.copyOf(themes);
        provinces = Map.copyOf(provinces);
    }
}
