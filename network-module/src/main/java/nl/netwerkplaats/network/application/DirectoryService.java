package nl.netwerkplaats.network.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import nl.netwerkplaats.kernel.reference.Municipality;
import nl.netwerkplaats.kernel.reference.ReferenceData;
import nl.netwerkplaats.network.api.Audience;
import nl.netwerkplaats.network.api.Directory;
import nl.netwerkplaats.network.api.DirectoryHit;
import nl.netwerkplaats.network.api.DirectoryQuery;
import nl.netwerkplaats.network.api.DirectoryResult;
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

    @Override
    public DirectoryResult organisations(DirectoryQuery query) {
        Filter filter = filter(query);
        Facets facets = facets(filter);

        String order = query.text() == null ? " order by lower(o.name), o.id"
                : " order by ts_rank(o.search, websearch_to_tsquery('dutch', ?" + filter.textIndex
                + ")) desc, lower(o.name), o.id";
        Query page = filter.bind(em.createNativeQuery("select o.id, o.name, o.kind, o.verified, o.description, "
                + "o.offers, o.needs, o.website, "
                + "(select string_agg(m.municipality_code, ',' order by m.municipality_code) "
                + "   from network.organisation_municipality m where m.organisation_id = o.id), "
                + "(select string_agg(cast(t.theme_id as varchar), ',' order by t.theme_id) "
                + "   from network.organisation_theme t where t.organisation_id = o.id) "
                + "from network.organisation o where " + filter.where + order));
        if (query.pageSize() > 0) {
            page.setFirstResult((query.page() - 1) * query.pageSize()).setMaxResults(query.pageSize());
        }
        List<DirectoryHit> hits = new ArrayList<>();
        for (Object row : page.getResultList()) {
            Object[] r = (Object[]) row;
            hits.add(new DirectoryHit(((Number) r[0]).longValue(), (String) r[1],
                    OrganisationKind.valueOf((String) r[2]), (Boolean) r[3], (String) r[4], (String) r[5],
                    (String) r[6], (String) r[7], split((String) r[8]),
                    split((String) r[9]).stream().map(Long::valueOf).toList()));
        }
        return new DirectoryResult(hits, facets.total, facets.kinds, facets.themes, facets.provinces);
    }

    /**
     * All facet counts in one grouped query: the hits are selected once (a materialised common table expression)
     * and counted per kind, theme and province in the database, so only the counts travel, never the hit rows.
     * An organisation working in two municipalities of one province counts once for that province.
     */
    private Facets facets(Filter filter) {
        int codes = filter.parameters.size() + 1;
        int provinces = codes + 1;
        Query counts = filter.bind(em.createNativeQuery("with hits as materialized ("
                + "  select o.id, o.kind from network.organisation o where " + filter.where + ") "
                + "select 'total', null, count(*) from hits "
                + "union all select 'kind', kind, count(*) from hits group by kind "
                + "union all select 'theme', cast(t.theme_id as varchar), count(*) from hits h "
                + "  join network.organisation_theme t on t.organisation_id = h.id group by t.theme_id "
                + "union all select 'province', p.province, count(distinct h.id) from hits h "
                + "  join network.organisation_municipality m on m.organisation_id = h.id "
                + "  join unnest(string_to_array(?" + codes + ", ','), string_to_array(?" + provinces + ", ',')) "
                + "    as p(code, province) on p.code = m.municipality_code group by p.province"))
                .setParameter(codes, MUNICIPALITY_CODES).setParameter(provinces, THEIR_PROVINCES);
        Facets facets = new Facets();
        for (Object row : counts.getResultList()) {
            Object[] r = (Object[]) row;
            long count = ((Number) r[2]).longValue();
            switch ((String) r[0]) {
                case "total" -> facets.total = count;
                case "kind" -> facets.kinds.put(OrganisationKind.valueOf((String) r[1]), count);
                case "theme" -> facets.themes.put(Long.valueOf((String) r[1]), count);
                default -> facets.provinces.put((String) r[1], count);
            }
        }
        return facets;
    }

    /** Every municipality code, and at the same position its province code, for counting provinces in SQL. */
    private static final String MUNICIPALITY_CODES = String.join(",",
            ReferenceData.get().municipalities().stream().map(Municipality::cbsCode).toList());
    private static final String THEIR_PROVINCES = String.join(",",
            ReferenceData.get().municipalities().stream().map(Municipality::provinceCode).toList());

    private static final class Facets {
        long total;
        final Map<OrganisationKind, Long> kinds = new EnumMap<>(OrganisationKind.class);
        final Map<Long, Long> themes = new HashMap<>();
        final Map<String, Long> provinces = new HashMap<>();
    }

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
