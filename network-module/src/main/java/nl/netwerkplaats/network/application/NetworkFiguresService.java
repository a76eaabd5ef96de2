package nl.netwerkplaats.network.application;

import static nl.netwerkplaats.kernel.figures.FigureSql.joined;
import static nl.netwerkplaats.kernel.figures.FigureSql.month;

import java.util.List;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.kernel.figures.FigureFilter;
import nl.netwerkplaats.kernel.figures.FigureSql;
import nl.netwerkplaats.kernel.figures.Tally;
import nl.netwerkplaats.network.api.NetworkFigures;
import nl.netwerkplaats.network.api.NetworkGrowth;
import nl.netwerkplaats.network.api.SupportFigures;
import nl.netwerkplaats.network.api.SupportRequestFigures;

/**
 * Counts for the overview, straight from the network's own tables in a few grouped statements: no entity is
 * loaded, and no personal data leaves the module.
 */
@Stateless
@Local({NetworkFigures.class, SupportFigures.class})
public class NetworkFiguresService implements NetworkFigures, SupportFigures {

    @PersistenceContext(unitName = "network")
    private EntityManager em;

    @Override
    public NetworkGrowth growth(FigureFilter f) {
        long peopleBefore = people("select count(*) from network.account a", f)
                .add(" and a.created_at < ?", f.start()).count(em);
        List<Tally> peoplePerMonth = people("select " + month("a.created_at") + " m, count(*) from network.account a", f)
                .add(" and a.created_at >= ? and a.created_at < ?", f.start(), f.end())
                .add(" group by m order by m").tallies(em);
        List<Tally> peoplePerMunicipality = people("select a.municipality_code, count(*) from network.account a", f)
                .add(" and a.created_at >= ? and a.created_at < ? and a.municipality_code is not null", f.start(),
                        f.end())
                .add(" group by a.municipality_code order by a.municipality_code").tallies(em);

        long organisationsBefore = organisations("select count(*) from network.organisation o", f)
                .add(" and o.created_at < ?", f.start()).count(em);
        var organisationsPerMonth = organisations("select " + month("o.created_at") + " m, o.kind, count(*)"
                        + " from network.organisation o", f)
                .add(" and o.created_at >= ? and o.created_at < ?", f.start(), f.end())
                .add(" group by m, o.kind order by m, o.kind").monthTallies(em);
        FigureSql perMunicipality = new FigureSql("select om.municipality_code, count(*) from network.organisation o"
                + " join network.organisation_municipality om on om.organisation_id = o.id"
                + " where o.merged_into_id is null")
                .add(" and o.created_at >= ? and o.created_at < ?", f.start(), f.end())
                .addIf(f.inProvince(), " and om.municipality_code = any(string_to_array(?, ','))",
                        joined(f.municipalityCodes()))
                .addIf(f.onTheme(), " and exists (select 1 from network.organisation_theme ot"
                        + " where ot.organisation_id = o.id and ot.theme_id = ?)", f.themeId())
                .add(" group by om.municipality_code order by om.municipality_code");
        return new NetworkGrowth(peopleBefore, peoplePerMonth, organisationsBefore, organisationsPerMonth,
                peoplePerMunicipality, perMunicipality.tallies(em));
    }

    /** Confirmed accounts in the province (by their profile's municipality) and with the theme. */
    private static FigureSql people(String select, FigureFilter f) {
        return new FigureSql(select + " where a.status = 'ACTIVE'")
                .addIf(f.inProvince(), " and a.municipality_code = any(string_to_array(?, ','))",
                        joined(f.municipalityCodes()))
                .addIf(f.onTheme(), " and exists (select 1 from network.account_theme th"
                        + " where th.account_id = a.id and th.theme_id = ?)", f.themeId());
    }

    /** Organisations not merged away, working somewhere in the province and with the theme. */
    private static FigureSql organisations(String select, FigureFilter f) {
        return new FigureSql(select + " where o.merged_into_id is null")
                .addIf(f.inProvince(), " and exists (select 1 from network.organisation_municipality om"
                        + " where om.organisation_id = o.id and om.municipality_code = any(string_to_array(?, ',')))",
                        joined(f.municipalityCodes()))
                .addIf(f.onTheme(), " and exists (select 1 from network.organisation_theme ot"
                        + " where ot.organisation_id = o.id and ot.theme_id = ?)", f.themeId());
    }

    @Override
    public SupportRequestFigures requests(FigureFilter f) {
        List<Object[]> funnel = requestsAsked("""
                with asked as (
                    select r.id, r.status, r.created_at,
                           (select min(m.linked_at) from network.support_match m where m.request_id = r.id) first_link,
                           exists (select 1 from network.support_match m where m.request_id = r.id
                                   and m.status = 'ACCEPTED') accepted
                    from network.support_request r""", f)
                .add("""
                )
                select count(*),
                       count(*) filter (where status <> 'NEW' or first_link is not null),
                       count(first_link),
                       count(*) filter (where accepted),
                       count(*) filter (where status = 'COMPLETED'),
                       percentile_cont(0.5) within group (order by extract(epoch from first_link - created_at) / 3600.0)
                           filter (where first_link is not null),
                       avg(extract(epoch from first_link - created_at) / 3600.0)
                from asked""").rows(em);
        Object[] row = funnel.get(0);
        List<Tally> perStatus = requestsAsked("select r.status, count(*) from network.support_request r", f)
                .add(" group by r.status order by r.status").tallies(em);
        List<Tally> perMunicipality = requestsAsked("select r.municipality_code, count(*)"
                + " from network.support_request r", f)
                .add(" group by r.municipality_code order by r.municipality_code").tallies(em);
        List<Tally> perMonth = requestsAsked("select " + month("r.created_at") + " m, count(*)"
                + " from network.support_request r", f)
                .add(" group by m order by m").tallies(em);
        return new SupportRequestFigures(perStatus, number(row[0]), number(row[1]), number(row[2]), number(row[3]),
                number(row[4]), decimal(row[5]), decimal(row[6]), perMunicipality, perMonth);
    }

    /** Requests asked in the period, in the province (by the request's municipality) and on the theme. */
    private static FigureSql requestsAsked(String select, FigureFilter f) {
        return new FigureSql(select).add(" where r.created_at >= ? and r.created_at < ?", f.start(), f.end())
                .addIf(f.inProvince(), " and r.municipality_code = any(string_to_array(?, ','))",
                        joined(f.municipalityCodes()))
                .addIf(f.onTheme(), " and exists (select 1 from network.support_request_theme t"
                        + " where t.request_id = r.id and t.theme_id = ?)", f.themeId());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Double decimal(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
