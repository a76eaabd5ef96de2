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
import nl.netwerkplaats.knowledge.infrastructure.Snippets;

/**
 * The search engine: PostgreSQL's Dutch full-text search over published items. One statement finds the matches
 * once and returns both the requested page and the facet counts; a second one makes the snippets for that page
 * only, because {@code ts_headline} is the costly part.
 */
@Stateless
public class KnowledgeSearchService implements KnowledgeSearch {

    /** ts_rank's default weights put A (title, 1.0) over B (summary, 0.4) over C (body, attachments, 0.2). */
    private static final String RANK = "ts_rank(k.search_vector, tq.q, 1)";

    @PersistenceContext(unitName = "knowledge")
    private EntityManager em;

    @Override
    public KnowledgeResult search(KnowledgeQuery query) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder where = new StringBuilder("k.status = 'GEPUBLICEERD'");
        String from = "knowledge.knowledge_item k";
        if (query.text() != null) {
            from += " cross join (select websearch_to_tsquery('dutch', ?) q) tq";
            parameters.add(query.text());
            where.append(" and k.search_vector @@ tq.q");
        }
        if (query.type() != null) {
            where.append(" and k.type = ?");
            parameters.add(query.type().name());
        }
        if (query.themeId() != null) {
            where.append(" and k.theme_ids @> array[cast(? as bigint)]");
            parameters.add(query.themeId());
        }
        if (query.municipalityCode() != null) {
            where.append(" and k.municipality_codes @> array[cast(? as varchar)]");
            parameters.add(query.municipalityCode());
        }
        if (query.year() != null) {
            where.append(" and k.published_at >= ? and k.published_at < ?");
            parameters.add(OffsetDateTime.of(query.year(), 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(1)));
            parameters.add(OffsetDateTime.of(query.year() + 1, 1, 1, 0, 0, 0, 0, ZoneOffset.ofHours(1)));
        }
        String score = query.text() == null ? "0" : RANK;
        String order = switch (query.sort()) {
            case RELEVANCE -> query.text() == null ? "published_at desc, id desc" : "score desc, published_at desc, id desc";
            case NEWEST -> "published_at desc, id desc";
            case TITLE -> "lower(title), id";
        };
        String sql = """
                with m as materialized (
                    select k.id, k.type, k.theme_ids, k.municipality_codes, k.published_at, k.title,
                           cast(extract(year from k.published_at at time zone 'Europe/Amsterdam') as int) as year,
                           %s as score
                    from %s
                    where %s),
                page as (
                    select id, score, row_number() over (order by %s) as position
                    from m order by %s limit ? offset ?)
                select 0, cast(id as text), score, position from page
                union all select 1, type, null, count(*) from m group by type
                union all select 2, cast(t as text), null, count(*) from m, unnest(theme_ids) t group by t
                union all select 3, c, null, count(*) from m, unnest(municipality_codes) c group by c
                union all select 4, cast(year as text), null, count(*) from m group by year
                """.formatted(score, from, where, order, order);
        parameters.add(query.pageSize());
        parameters.add(query.page() * query.pageSize());
        Query statement = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            statement.setParameter(i + 1, parameters.get(i));
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
        return new KnowledgeResult(total, query.page(), query.pageSize(), hits, facets.get(0), facets.get(1),
                facets.get(2), facets.get(3));
    }

    /** Details and snippets for the ids of one page, in that order. */
    private List<KnowledgeHit> hits(List<Long> ids, String text, Map<Long, Double> scores) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String inList = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        String snippet = text == null
                ? "left(coalesce(k.summary, k.body_text), 240)"
                : "ts_headline('dutch', left(coalesce(k.summary, '') || ' … ' || k.body_text || ' … ' || k.attachment_text, 20000),"
                  + " websearch_to_tsquery('dutch', ?), " + Snippets.HEADLINE_OPTIONS + ")";
        Query statement = em.createNativeQuery("""
                select k.id, k.title, k.type, k.summary, %s, k.published_at, k.well_described
                from knowledge.knowledge_item k where k.id in (%s)""".formatted(snippet, inList));
        if (text != null) {
            statement.setParameter(1, text);
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
