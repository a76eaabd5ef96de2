package nl.netwerkplaats.knowledge.application;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
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

/**
 * The search engine: PostgreSQL's Dutch full-text search over published items, with the statements of
 * {@link SearchStatements}: one finds the matches once and returns the page and the facet counts, a second makes
 * the snippets for that page only.
 */
@Stateless
public class KnowledgeSearchService implements KnowledgeSearch {

    @PersistenceContext(unitName = "knowledge")
    private EntityManager em;

    @Override
    public KnowledgeResult search(KnowledgeQuery query) {
        em.createNativeQuery(SearchStatements.SETTINGS).executeUpdate();
        boolean broad = query.text() != null
                && ((Number) bind(em.createNativeQuery(SearchStatements.probe(query).sql()),
                        SearchStatements.probe(query)).getSingleResult()).intValue() > SearchStatements.EXACT_LIMIT;
        SearchStatements.Statement search = broad ? SearchStatements.broadSearch(query) : SearchStatements.search(query);
        Query statement = em.createNativeQuery(search.sql());
        for (int i = 0; i < search.parameters().size(); i++) {
            statement.setParameter(i + 1, search.parameters().get(i));
        }
        List<long[]> page = new ArrayList<>();
        Map<Long, Double> scores = new HashMap<>();
        List<List<FacetCount>> facets = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        for (Object row : statement.getResultList()) {
            Object[] r = (Object[]) row;
            int part = ((Number) r[0]).intValue();
            if (part == 0) {
                long id = Long.parseLong((String) r[1]);
                page.add(new long[]{id, ((Number) r[3]).longValue()});
                scores.put(id, ((Number) r[2]).doubleValue());
            } else {
                facets.get(part - 1).add(new FacetCount((String) r[1], ((Number) r[3]).longValue()));
            }
        }
        facets.forEach(f -> f.sort((a, b) -> Long.compare(b.count(), a.count()) != 0
                ? Long.compare(b.count(), a.count()) : a.value().compareTo(b.value())));
        long total = facets.get(0).stream().mapToLong(FacetCount::count).sum();
        page.sort((a, b) -> Long.compare(a[1], b[1]));
        List<KnowledgeHit> hits = hits(page.stream().map(p -> p[0]).toList(), query.text(), scores);
        facets.get(3).sort((a, b) -> b.value().compareTo(a.value()));
        return new KnowledgeResult(total, !broad, query.page(), query.pageSize(), hits, facets.get(0), facets.get(1),
                facets.get(2), facets.get(3));
    }

    private static Query bind(Query query, SearchStatements.Statement statement) {
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
        Query statement = em.createNativeQuery(hits.sql());
        for (int i = 0; i < hits.parameters().size(); i++) {
            statement.setParameter(i + 1, hits.parameters().get(i));
        }
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

    @Override
    public List<KnowledgeHit> moreLikeThis(long itemId, int max) {
        // The item's own strongest words (title and summary lexemes, already stemmed) or-ed into one query.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                with source as (
                    select string_agg(quote_literal(lexeme), ' | ') as terms
                    from (select u.lexeme from knowledge.knowledge_item k, unnest(k.search_vector) u
                          where k.id = ? and u.weights && array['A','B'] limit 16) l),
                q as (select to_tsquery('simple', terms) as q from source where terms is not null)
                select k.id, k.title, k.type, k.summary, ts_rank(k.search_vector, q.q, 1) as score, k.published_at,
                       k.well_described
                from knowledge.knowledge_item k, q
                where k.status = 'GEPUBLICEERD' and k.id <> ? and k.search_vector @@ q.q
                order by score desc, k.published_at desc limit ?""")
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
