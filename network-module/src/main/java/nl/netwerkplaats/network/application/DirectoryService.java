package nl.netwerkplaats.network.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.eclipse.microprofile.metrics.annotation.Timed;

import nl.netwerkplaats.kernel.reference.Municipality;
import nl.netwerkplaats.kernel.reference.ReferenceData;
import nl.netwerkplaats.network.api.Audience;
import nl.netwerkplaats.network.api.Directory;
import nl.netwerkplaats.network.api.DirectoryHit;
import nl.netwerkplaats.network.api.DirectoryQuery;
import nl.netwerkplaats.network.api.DirectoryResult;
import nl.netwerkplaats.network.api.OrganisationChoice;
import nl.netwerkplaats.network.api.OrganisationKind;
import nl.netwerkplaats.network.api.PeopleResult;
import nl.netwerkplaats.network.api.PersonView;
import nl.netwerkplaats.network.api.Profiles;

/**
 * Searches with PostgreSQL's Dutch text search ({@code websearch_to_tsquery('dutch', ...)}, so "samenwerken" also
 * finds "samenwerking"), filters by kind, theme and place, and counts each facet over all hits.
 */
@Stateless
public class DirectoryService implements Directory {

    @PersistenceContext(unitName = "network")
    private EntityManager em;

    @Inject
    private Profiles profiles;

    @Inject
    private DirectoryCounts counts;

    /**
     * One statement per search, so the matching organisations are found and ranked once: they go into a materialised
     * common table expression, the page's organisations are read from it with their wide columns, and every facet
     * is counted from it in the database, so only the page and the counts travel. Ranking on narrow rows before
     * reading descriptions matters: sorting every hit with its texts cost three times as much on a broad search.
     * Page rows come first ({@code part} 0), then the counts ({@code part} 1). An organisation working in two
     * municipalities of one province counts once for that province. The counts of the whole kaart are kept for a
     * while ({@link DirectoryCounts}); then the statement reads only the page.
     */
    @Override
    @Timed(name = "netwerkplaats.search.kaart", absolute = true,
            description = "Searches of the sociale kaart (organisations and initiatives), page and REST")
    public DirectoryResult organisations(DirectoryQuery query) {
        Optional<DirectoryCounts.Counts> known = query.isUnfiltered() ? counts.forEverything() : Optional.empty();
        Instant countedBefore = Instant.now();
        Filter filter = filter(query);
        String rank = query.text() == null ? "0"
                : "ts_rank(o.search, websearch_to_tsquery('dutch', ?" + filter.textIndex + "))";
        String window = query.pageSize() > 0
                ? " limit " + query.pageSize() + " offset " + (long) (query.page() - 1) * query.pageSize() : "";
        int codes = filter.parameters.size() + 1;
        int provinces = codes + 1;
        Query search = filter.bind(em.createNativeQuery("with hits as materialized ("
                + "  select o.id, o.kind, " + rank + " as rank, lower(o.name) as sort_name "
                + "  from network.organisation o where " + filter.where + "), "
                + "page as (select id, rank, sort_name from hits order by rank desc, sort_name, id" + window + ") "
                + "select 0 as part, null as facet, 0 as hit_count, org.id, org.name, org.kind, org.verified, "
                + "  org.description, org.offers, org.needs, org.website, "
                + "  (select string_agg(m.municipality_code, ',' order by m.municipality_code) "
                + "     from network.organisation_municipality m where m.organisation_id = org.id), "
                + "  (select string_agg(cast(t.theme_id as varchar), ',' order by t.theme_id) "
                + "     from network.organisation_theme t where t.organisation_id = org.id), "
                + "  p.rank, p.sort_name "
                + "from page p join network.organisation org on org.id = p.id "
                + (known.isPresent() ? "" : FACET_COUNTS.formatted(codes, provinces))
                + "order by 1, 14 desc, 15, 4"));
        if (known.isEmpty()) {
            search.setParameter(codes, MUNICIPALITY_CODES).setParameter(provinces, THEIR_PROVINCES);
        }

        List<DirectoryHit> hits = new ArrayList<>();
        long total = 0;
        Map<OrganisationKind, Long> kinds = new EnumMap<>(OrganisationKind.class);
        Map<Long, Long> themes = new HashMap<>();
        Map<String, Long> provinceCounts = new HashMap<>();
        for (Object row : search.getResultList()) {
            Object[] r = (Object[]) row;
            if (((Number) r[0]).intValue() == 0) {
                hits.add(new DirectoryHit(((Number) r[3]).longValue(), (String) r[4],
                        OrganisationKind.valueOf((String) r[5]), (Boolean) r[6], (String) r[7], (String) r[8],
                        (String) r[9], (String) r[10], split((String) r[11]),
                        split((String) r[12]).stream().map(Long::valueOf).toList()));
                continue;
            }
            long count = ((Number) r[2]).longValue();
            String key = (String) r[4];
            switch ((String) r[1]) {
                case "total" -> total = count;
                case "kind" -> kinds.put(OrganisationKind.valueOf(key), count);
                case "theme" -> themes.put(Long.valueOf(key), count);
                default -> provinceCounts.put(key, count);
            }
        }
        if (known.isPresent()) {
            DirectoryCounts.Counts c = known.get();
            return new DirectoryResult(hits, c.total(), c.kinds(), c.themes(), c.provinces());
        }
        if (query.isUnfiltered()) {
            counts.rememberForEverything(total, kinds, themes, provinceCounts, countedBefore);
        }
        return new DirectoryResult(hits, total, kinds, themes, provinceCounts);
    }

    /**
     * The facet rows appended to a search: each counts the hits per value; the two placeholders are the parameter
     * numbers of the municipality codes and their provinces.
     */
    private static final String FACET_COUNTS = """
            union all select 1, 'total', count(*), null, null, null, null, null, null, null, null, null, null, null, \
            null from hits
            union all select 1, 'kind', count(*), null, kind, null, null, null, null, null, null, null, null, null, \
            null from hits group by kind
            union all select 1, 'theme', count(*), null, cast(t.theme_id as varchar), null, null, null, null, null, \
            null, null, null, null, null from hits h
              join network.organisation_theme t on t.organisation_id = h.id group by t.theme_id
            union all select 1, 'province', count(distinct h.id), null, p.province, null, null, null, null, null, \
            null, null, null, null, null from hits h
              join network.organisation_municipality m on m.organisation_id = h.id
              join unnest(string_to_array(?%d, ','), string_to_array(?%d, ',')) as p(code, province)
                on p.code = m.municipality_code group by p.province
            """;

    /** Every municipality code, and at the same position its province code, for counting provinces in SQL. */
    private static final String MUNICIPALITY_CODES = String.join(",",
            ReferenceData.get().municipalities().stream().map(Municipality::cbsCode).toList());
    private static final String THEIR_PROVINCES = String.join(",",
            ReferenceData.get().municipalities().stream().map(Municipality::provinceCode).toList());

    private Filter filter(DirectoryQuery query) {
        Filter filter = new Filter();
        StringBuilder where = new StringBuilder("o.merged_into_id is null");
        if (query.text() != null) {
            filter.textIndex = filter.add(query.text());
            where.append(" and o.search @@ websearch_to_tsquery('dutch', ?").append(filter.textIndex).append(")");
        }
        if (query.kind() != null) {
            where.append(" and o.kind = ?").append(filter.add(query.kind().name()));
        }
        if (query.themeId() != null) {
            where.append(" and exists (select 1 from network.organisation_theme t where t.organisation_id = o.id "
                    + "and t.theme_id = ?").append(filter.add(query.themeId())).append(")");
        }
        if (query.municipalityCode() != null) {
            where.append(" and exists (select 1 from network.organisation_municipality m where "
                    + "m.organisation_id = o.id and m.municipality_code = ?")
                    .append(filter.add(query.municipalityCode())).append(")");
        } else if (query.provinceCode() != null) {
            String codes = String.join(",", ReferenceData.get().municipalitiesIn(query.provinceCode()).stream()
                    .map(Municipality::cbsCode).toList());
            where.append(" and exists (select 1 from network.organisation_municipality m where "
                    + "m.organisation_id = o.id and m.municipality_code = any (string_to_array(?")
                    .append(filter.add(codes)).append(", ',')))");
        }
        filter.where = where.toString();
        return filter;
    }

    @Override
    public PeopleResult people(String text, Audience viewer, int page) {
        String column = viewer == Audience.MEMBERS ? "member_search" : "public_search";
        boolean hasText = text != null && !text.isBlank();
        String where = "status = 'ACTIVE' and " + (hasText
                ? column + " @@ websearch_to_tsquery('dutch', ?1)"
                : "length(" + column + ") > 0");
        Query count = em.createNativeQuery("select count(*) from network.account where " + where);
        Query ids = em.createNativeQuery("select id from network.account where " + where
                + " order by lower(display_name), id");
        if (hasText) {
            count.setParameter(1, text.strip());
            ids.setParameter(1, text.strip());
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<PersonView> people = new ArrayList<>();
        for (Object id : ids.setFirstResult((Math.max(1, page) - 1) * PAGE_SIZE).setMaxResults(PAGE_SIZE)
                .getResultList()) {
            Optional<PersonView> person = profiles.person(((Number) id).longValue(), viewer);
            person.ifPresent(people::add);
        }
        return new PeopleResult(people, total);
    }

    @Override
    public List<OrganisationChoice> organisationsNamed(String typed, int max) {
        String text = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty() || max <= 0) {
            return List.of();
        }
        String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        List<OrganisationChoice> choices = new ArrayList<>();
        for (Object row : em.createNativeQuery("select id, name, kind from network.organisation"
                        + " where merged_into_id is null and lower(name) like ?1 escape '\\'"
                        + " order by lower(name) like ?2 escape '\\' desc, lower(name), id")
                .setParameter(1, "%" + escaped + "%").setParameter(2, escaped + "%")
                .setMaxResults(Math.min(max, 50)).getResultList()) {
            Object[] r = (Object[]) row;
            choices.add(new OrganisationChoice(((Number) r[0]).longValue(), (String) r[1],
                    OrganisationKind.valueOf((String) r[2])));
        }
        return choices;
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private static final class Filter {
        final List<Object> parameters = new ArrayList<>();
        String where;
        int textIndex;

        int add(Object value) {
            parameters.add(value);
            return parameters.size();
        }

        Query bind(Query query) {
            for (int i = 0; i < parameters.size(); i++) {
                query.setParameter(i + 1, parameters.get(i));
            }
            return query;
        }
    }
}
