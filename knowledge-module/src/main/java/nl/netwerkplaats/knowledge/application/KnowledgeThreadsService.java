package nl.netwerkplaats.knowledge.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.knowledge.api.KnowledgeThreads;
import nl.netwerkplaats.knowledge.api.KnowledgeType;

/**
 * Clusters in the database: two items of one theme are similar when at least half of the distinct stemmed words of
 * the shorter title-and-summary also occur in the other ({@code tsvector} lexemes, the Dutch configuration, so
 * "samenwerken" and "samenwerking" count as one word). Pairs are joined into threads with union-find.
 */
@Stateless
public class KnowledgeThreadsService implements KnowledgeThreads {

    private static final double OVERLAP = 0.5;

    @PersistenceContext(unitName = "knowledge")
    private EntityManager em;

    @Override
    public List<ThemeThreads> threads() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select k.id, t.theme_id, k.title, k.type, k.source_gathering_id, k.published_at,
                       cast(extract(year from k.published_at at time zone 'Europe/Amsterdam') as int)
                from knowledge.knowledge_item k
                left join lateral unnest(case when cardinality(k.theme_ids) = 0 then array[cast(null as bigint)]
                                              else k.theme_ids end) t(theme_id) on true
                where k.status = 'GEPUBLICEERD' and k.type in ('RODE_DRAAD', 'KERNBOODSCHAP')
                order by t.theme_id nulls last, k.published_at, k.id
                limit 5000""").getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> pairs = em.createNativeQuery("""
                with i as (
                    select k.id, t.theme_id, tsvector_to_array(k.search_head) as words
                    from knowledge.knowledge_item k
                    left join lateral unnest(case when cardinality(k.theme_ids) = 0 then array[cast(null as bigint)]
                                                  else k.theme_ids end) t(theme_id) on true
                    where k.status = 'GEPUBLICEERD' and k.type in ('RODE_DRAAD', 'KERNBOODSCHAP'))
                select a.id, b.id, a.theme_id
                from i a join i b on a.id < b.id and a.theme_id is not distinct from b.theme_id
                where cardinality(a.words) > 0 and cardinality(b.words) > 0
                  and cardinality(array(select unnest(a.words) intersect select unnest(b.words)))
                      >= ? * least(cardinality(a.words), cardinality(b.words))""")
                .setParameter(1, OVERLAP).getResultList();

        Map<String, String> parent = new HashMap<>();
        for (Object[] p : pairs) {
            String theme = String.valueOf(p[2]);
            union(parent, theme + ":" + ((Number) p[0]).longValue(), theme + ":" + ((Number) p[1]).longValue());
        }
        Map<Long, Map<String, List<Entry>>> byTheme = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Long themeId = r[1] == null ? null : ((Number) r[1]).longValue();
            String key = themeId + ":" + ((Number) r[0]).longValue();
            Entry entry = new Entry(((Number) r[0]).longValue(), (String) r[2], KnowledgeType.valueOf((String) r[3]),
                    r[4] == null ? null : ((Number) r[4]).longValue(), KnowledgeSearchService.timestamp(r[5]),
                    ((Number) r[6]).intValue());
            byTheme.computeIfAbsent(themeId, t -> new LinkedHashMap<>())
                    .computeIfAbsent(find(parent, key), k -> new ArrayList<>()).add(entry);
        }
        List<ThemeThreads> result = new ArrayList<>();
        byTheme.forEach((themeId, clusters) -> result.add(new ThemeThreads(themeId, clusters.values().stream()
                .map(entries -> new Thread(entries, new ArrayList<>(new TreeSet<>(entries.stream()
                        .map(Entry::year).toList()))))
                .sorted(Comparator.comparingInt((Thread t) -> -t.entries().size())
                        .thenComparing(t -> t.first().publishedAt()))
                .toList())));
        return result;
    }

    /** The representative of the key's thread (union-find with path halving). */
    private static String find(Map<String, String> parent, String key) {
        String at = key;
        while (parent.containsKey(at) && !parent.get(at).equals(at)) {
            String up = parent.get(at);
            parent.put(at, parent.getOrDefault(up, up));
            at = up;
        }
        return at;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
            parent.putIfAbsent(ra, ra);
        }
    }
}
