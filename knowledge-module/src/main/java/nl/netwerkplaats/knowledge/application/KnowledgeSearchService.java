package nl.netwerkplaats.knowledge.application;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.FlushModeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import nl.netwerkplaats.knowledge.api.FacetCount;
import nl.netwerkplaats.knowledge.api.KnowledgeHit;
import nl.netwerkplaats.knowledge.api.KnowledgeQuery;
import nl.netwerkplaats.knowledge.api.KnowledgeResult;
import nl.netwerkplaats.knowledge.api.KnowledgeSearch;
import nl.netwerkplaats.knowledge.api.KnowledgeSummary;
import nl.netwerkplaats.knowledge.api.KnowledgeType;
import nl.netwerkplaats.knowledge.infrastructure.SearchStatements;
import nl.netwerkplaats.knowledge.infrastructure.Snippets;
import org.eclipse.microprofile.metrics.annotation.Timed;

/**
 * The search engine: PostgreSQL's Dutch full-text search over published items, with the statements of
 * {@link SearchStatements}: one statement finds the candidates (title/summary matches, then body matches) and returns
 * the page and the facet counts; a last statement makes the snippets for that page only. Answers are kept for a
 * minute in the {@link SearchCache}.
 */
@Stateless
// Reads only: no transaction of its own (no begin/commit round trips for a search asked over REST); it joins the
// caller's when there is one.
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class KnowledgeSearchService implements KnowledgeSearch {

    @PersistenceContext(unitName = "knowledge")
    private EntityManager em;

    @Inject
    private SearchCache cache;

    @Override
    @Timed(name = "netwerkplaats.search.knowledge", absolute = true,
            description = "Searches of the knowledge bank (page and REST), answered from the cache or the database")
    public KnowledgeResult search(KnowledgeQuery query) {
        Optional<KnowledgeResult> cached = cache.get(query);
        if (cached.isPresent()) {
            return cached.get();
        }
        long generation = cache.generation();
        KnowledgeResult result = searchNow(query);
        cache.put(query, result, generation);
        return result;
    }

    private KnowledgeResult searchNow(KnowledgeQuery query) {
        Found found = run(SearchStatements.search(query));
        boolean exact = query.text() == null || SearchStatements.exact(found.headCount(), found.bodyCount());
        List<Long> page = found.page();
        if (!exact && query.sort() == KnowledgeQuery.Sort.NEWEST) {
            SearchStatements.Statement newest = SearchStatements.newestPage(query);
            page = bind(em.createNativeQuery(newest.sql()), newest).getResultList().stream()
                    .map(id -> ((Number) id).longValue()).toList();
        }
        List<List<FacetCount>> facets = found.facets();
        List<KnowledgeHit> hits = hits(page, query.text(), found.scores());
        return new KnowledgeResult(found.total(), exact, query.page(), query.pageSize(), hits, facets.get(0),
                facets.get(1), facets.get(2), facets.get(3));
    }

    /**
     * One search statement's answer: the page's ids in order, their scores, the facets, the number of candidates,
     * and how many of them each tier gave.
     */
    private record Found(List<Long> page, Map<Long, Double> scores, List<List<FacetCount>> facets, long total,
                         long headCount, long bodyCount) {
    }

    private Found run(SearchStatements.Statement search) {
        List<long[]> page = new ArrayList<>();
        Map<Long, Double> scores = new HashMap<>();
        List<List<FacetCount>> facets = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        long headCount = 0;
        long bodyCount = 0;
        for (Object row : bind(em.createNativeQuery(search.sql()), search).getResultList()) {
            Object[] r = (Object[]) row;
            int part = ((Number) r[0]).intValue();
            if (part == 0) {
                long id = Long.parseLong((String) r[1]);
                page.add(new long[]{id, ((Number) r[3]).longValue()});
                scores.put(id, ((Number) r[2]).doubleValue());
            } else if (part == 5) {
                headCount = Long.parseLong((String) r[1]);
                bodyCount = ((Number) r[3]).longValue();
            } else {
                facets.get(part - 1).add(new FacetCount((String) r[1], ((Number) r[3]).longValue()));
            }
        }
        facets.forEach(f -> f.sort((a, b) -> Long.compare(b.count(), a.count()) != 0
                ? Long.compare(b.count(), a.count()) : a.value().compareTo(b.value())));
        facets.get(3).sort((a, b) -> b.value().compareTo(a.value()));
        // Every item has exactly one type, so the type counts add up to the number of matches.
        long total = facets.get(0).stream().mapToLong(FacetCount::count).sum();
        page.sort((a, b) -> Long.compare(a[1], b[1]));
        return new Found(page.stream().map(p -> p[0]).toList(), scores, facets, total, headCount, bodyCount);
    }

    /** Binds the parameters; the statements read published items only, so nothing is flushed before them. */
    private static Query bind(Query query, SearchStatements.Statement statement) {
        query.setFlushMode(FlushModeType.COMMIT);
        for (int i = 0; i < statement.parameters().size(); i++) {
            query.setParameter(i + 1, statement.parameters().get(i));
        }
        return query;
    }

    /** Details and snippets for the ids of one page, in that order. */
    private List<KnowledgeHit> hits(List<Long> ids, String text, Map<Long, Double> scores) {
        if (ids.isEmpty()) {
            return List.of();
        }
        SearchStatements.Statement hits = SearchStatements.hits(ids, text);
        Query statement = bind(em.createNativeQuery(hits.sql()), hits);
        Map<Long, KnowledgeHit> byId = new HashMap<>();
        for (Object row : statement.getResultList()) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            byId.put(id, new KnowledgeHit(id, (String) r[1], KnowledgeType.valueOf((String) r[2]), (String) r[3],
                    Snippets.toSafeHtml((String) r[4]), scores.getOrDefault(id, 0.0), timestamp(r[5]),
                    Boolean.TRUE.equals(r[6])));
        }
        return ids.stream().map(byId::get).filter(h -> h != null).toList();
    }

    /** How many items sharing a title/summary word "meer zoals dit" ranks at most. */
    private static final int LIKE_CANDIDATES = 2000;

    @Override
    public List<KnowledgeHit> moreLikeThis(long itemId, int max) {
        // The item's own strongest words (title and summary lexemes, already stemmed) or-ed into one query.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with source as (
                    select string_agg(quote_literal(lexeme), ' | ') as terms
                    from (select u.lexeme from knowledge.knowledge_item k, unnest(k.search_vector) u
                          where k.id = ? and u.weights && array['A','B'] limit 16) l),
                q as materialized (select to_tsquery('simple', terms) as q from source where terms is not null),
                candidates as (
                    select s.item_id, ts_rank(s.head, q.q, 1) as score, s.published_at
                    from knowledge.search_entry s, q
                    where s.head @@ q.q and s.item_id <> ? limit %d)
                select k.id, k.title, k.type, k.summary, c.score, k.published_at, k.well_described
                from candidates c join knowledge.knowledge_item k on k.id = c.item_id
                order by c.score desc, c.published_at desc, k.id desc limit ?""".formatted(LIKE_CANDIDATES))
                .setParameter(1, itemId).setParameter(2, itemId).setParameter(3, Math.max(1, Math.min(max, 20)))
                .getResultList();
        return rows.stream().map(r -> new KnowledgeHit(((Number) r[0]).longValue(), (String) r[1],
                KnowledgeType.valueOf((String) r[2]), (String) r[3], Snippets.toSafeHtml((String) r[3]),
                ((Number) r[4]).doubleValue(), timestamp(r[5]), Boolean.TRUE.equals(r[6]))).toList();
    }

    @Override
    public List<KnowledgeSummary> newestWithTheme(long themeId, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select k.id, k.title, k.type, k.summary, k.published_at from knowledge.knowledge_item k
                where k.status = 'GEPUBLICEERD' and k.theme_ids @> array[cast(? as bigint)]
                order by k.published_at desc, k.id desc limit ?""")
                .setParameter(1, themeId).setParameter(2, Math.max(1, Math.min(max, 100))).getResultList();
        return rows.stream().map(r -> new KnowledgeSummary(((Number) r[0]).longValue(), (String) r[1],
                KnowledgeType.valueOf((String) r[2]), (String) r[3], timestamp(r[4]))).toList();
    }

    static OffsetDateTime timestamp(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime o) {
            return o;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected timestamp " + value.getClass());
    }
}
