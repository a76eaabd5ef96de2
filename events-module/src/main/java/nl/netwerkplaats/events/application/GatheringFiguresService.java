package nl.netwerkplaats.events.application;

import static nl.netwerkplaats.kernel.figures.FigureSql.joined;
import static nl.netwerkplaats.kernel.figures.FigureSql.month;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.events.api.Attendance;
import nl.netwerkplaats.events.api.GatheringFigures;
import nl.netwerkplaats.events.api.GatheringTotals;
import nl.netwerkplaats.events.api.ParticipantRole;
import nl.netwerkplaats.kernel.figures.FigureFilter;
import nl.netwerkplaats.kernel.figures.FigureSql;
import nl.netwerkplaats.kernel.figures.Tally;

/**
 * Counts for the overview from the events module's own tables. "Held" is decided by the clock, not only by the
 * status: a published gathering whose end has passed was held even when the upkeep timer has not yet marked it
 * afgelopen.
 */
@Stateless
@Local(GatheringFigures.class)
public class GatheringFiguresService implements GatheringFigures {

    private static final String HELD = "(g.status in ('AFGELOPEN', 'VERSLAG_GEPUBLICEERD')"
            + " or (g.status = 'GEPUBLICEERD' and g.ends_at < ?))";

    @PersistenceContext(unitName = "events")
    private EntityManager em;

    @Override
    public GatheringTotals gatherings(FigureFilter f) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long held = inPeriod("select count(*) from events.gathering g", f).add(" and " + HELD, now).count(em);
        long planned = inPeriod("select count(*) from events.gathering g", f)
                .add(" and g.status = 'GEPUBLICEERD' and g.ends_at >= ?", now).count(em);
        List<Tally> perMonth = inPeriod("select " + month("g.starts_at") + " m, count(*) from events.gathering g", f)
                .add(" and " + HELD, now).add(" group by m order by m").tallies(em);
        List<Tally> perKind = inPeriod("select g.kind, count(*) from events.gathering g", f)
                .add(" and " + HELD, now).add(" group by g.kind order by g.kind").tallies(em);
        List<Tally> perMunicipality = inPeriod("select g.municipality_code, count(*) from events.gathering g", f)
                .add(" and " + HELD + " and g.municipality_code is not null", now)
                .add(" group by g.municipality_code order by g.municipality_code").tallies(em);
        List<Tally> harvest = inPeriod("select h.type, count(*) from events.harvest_item h"
                + " join events.gathering g on g.id = h.gathering_id", f)
                .add(" and " + HELD + " and h.status = 'SHOWN'", now).add(" group by h.type order by h.type")
                .tallies(em);
        return new GatheringTotals(held, planned, perMonth, perKind, perMunicipality, attendance(f, now), harvest);
    }

    private Attendance attendance(FigureFilter f, OffsetDateTime now) {
        List<Object[]> rows = inPeriod("""
                select r.role,
                       count(*) filter (where r.status = 'CONFIRMED'),
                       count(*) filter (where r.status = 'CONFIRMED' and r.present),
                       count(*) filter (where r.status = 'CONFIRMED' and r.walk_in),
                       count(*) filter (where r.status = 'WAITING')
                from events.registration r join events.gathering g on g.id = r.gathering_id""", f)
                .add(" and " + HELD, now).add(" group by r.role").rows(em);
        Map<ParticipantRole, Attendance.Counts> perRole = new EnumMap<>(ParticipantRole.class);
        long registered = 0;
        long present = 0;
        long walkIns = 0;
        long waiting = 0;
        for (Object[] row : rows) {
            long seats = ((Number) row[1]).longValue();
            long came = ((Number) row[2]).longValue();
            registered += seats;
            present += came;
            walkIns += ((Number) row[3]).longValue();
            waiting += ((Number) row[4]).longValue();
            if (seats > 0) {
                perRole.merge(ParticipantRole.valueOf((String) row[0]), new Attendance.Counts(seats, came,
                        seats - came), (a, b) -> new Attendance.Counts(a.registered() + b.registered(),
                        a.present() + b.present(), a.noShow() + b.noShow()));
            }
        }
        return new Attendance(registered, present, registered - present, walkIns, waiting, perRole);
    }

    /** Gatherings starting in the period, at a venue in the province, on the theme. */
    private static FigureSql inPeriod(String select, FigureFilter f) {
        return new FigureSql(select).add(" where g.starts_at >= ? and g.starts_at < ?", f.start(), f.end())
                .addIf(f.inProvince(), " and g.municipality_code = any(string_to_array(?, ','))",
                        joined(f.municipalityCodes()))
                .addIf(f.onTheme(), " and exists (select 1 from events.gathering_theme t"
                        + " where t.gathering_id = g.id and t.theme_id = ?)", f.themeId());
    }
}
