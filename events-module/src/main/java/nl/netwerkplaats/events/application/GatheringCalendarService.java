package nl.netwerkplaats.events.application;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import nl.netwerkplaats.events.api.AgendaQuery;
import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringStatus;
import nl.netwerkplaats.events.api.GatheringSummary;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.RegistrationStatus;
import nl.netwerkplaats.events.api.UnknownGatheringException;
import nl.netwerkplaats.events.domain.Gathering;
import nl.netwerkplaats.events.infrastructure.ICalendarWriter;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeView;

@Stateless
public class GatheringCalendarService implements GatheringCalendar {

    /**
     * Upcoming (and a month, which may have begun): every public gathering, cancelled ones included so people see
     * they are off. Past: what took place.
     */
    private static final Set<GatheringStatus> PAST = Set.of(GatheringStatus.GEPUBLICEERD, GatheringStatus.AFGELOPEN,
            GatheringStatus.VERSLAG_GEPUBLICEERD);
    private static final Set<GatheringStatus> PUBLIC = Set.of(GatheringStatus.GEPUBLICEERD,
            GatheringStatus.GEANNULEERD, GatheringStatus.AFGELOPEN, GatheringStatus.VERSLAG_GEPUBLICEERD);
    private static final Duration FEED_HISTORY = Duration.ofDays(366);

    @PersistenceContext(unitName = "events")
    private EntityManager em;

    @Inject
    private Accounts accounts;

    @Inject
    private ThemeCatalog themes;

    @Inject
    private Access access;

    @Inject
    private CalendarEntries entries;

    private final Clock clock = Clock.systemUTC();

    @Override
    public List<GatheringSummary> upcoming(int limit) {
        return summaries(batchThemes(em.createNamedQuery("Gathering.upcoming", Gathering.class))
                .setParameter("published", GatheringStatus.GEPUBLICEERD)
                .setParameter("now", now())
                .setMaxResults(Math.max(1, Math.min(limit, 200)))
                .getResultList());
    }

    @Override
    public long countUpcoming() {
        return em.createNamedQuery("Gathering.countUpcoming", Long.class)
                .setParameter("published", GatheringStatus.GEPUBLICEERD)
                .setParameter("now", now())
                .getSingleResult();
    }

    @Override
    public List<GatheringSummary> agenda(AgendaQuery query) {
        TypedQuery<Gathering> q = em.createQuery(jpql(query, "distinct g") + (query.past()
                ? " order by g.startsAt desc, g.id desc" : " order by g.startsAt, g.id"), Gathering.class);
        bind(q, query);
        batchThemes(q);
        return summaries(q.setFirstResult(Math.max(0, query.first()))
                .setMaxResults(Math.max(1, Math.min(query.max(), 500))).getResultList());
    }

    @Override
    public long count(AgendaQuery query) {
        TypedQuery<Long> q = em.createQuery(jpql(query, "count(distinct g)"), Long.class);
        bind(q, query);
        return q.getSingleResult();
    }

    private static String jpql(AgendaQuery query, String select) {
        StringBuilder jpql = new StringBuilder("select ").append(select).append(" from Gathering g");
        if (query.themeId() != null) {
            jpql.append(" join g.themeIds t");
        }
        jpql.append(" where g.status in :statuses");
        jpql.append(query.past() ? " and g.endsAt < :from" : " and g.endsAt >= :from");
        if (!query.past() && query.until() != null) {
            jpql.append(" and g.startsAt < :until");
        }
        if (query.themeId() != null) {
            jpql.append(" and t = :theme");
        }
        if (query.municipalityCode() != null) {
            jpql.append(" and g.municipalityCode = :municipality");
        }
        if (query.kind() != null) {
            jpql.append(" and g.kind = :kind");
        }
        return jpql.toString();
    }

    private void bind(TypedQuery<?> q, AgendaQuery query) {
        q.setParameter("statuses", List.copyOf(query.past() ? PAST : PUBLIC));
        q.setParameter("from", query.from() == null ? now() : query.from());
        if (!query.past() && query.until() != null) {
            q.setParameter("until", query.until());
        }
        if (query.themeId() != null) {
            q.setParameter("theme", query.themeId());
        }
        if (query.municipalityCode() != null) {
            q.setParameter("municipality", query.municipalityCode());
        }
        if (query.kind() != null) {
            q.setParameter("kind", query.kind());
        }
    }

    @Override
    public Optional<GatheringView> find(long gatheringId, Long viewerId) {
        Gathering g = em.find(Gathering.class, gatheringId);
        if (g == null || !g.isPublic() && !access.mayOrganise(viewerId, g)) {
            return Optional.empty();
        }
        return Optional.of(Views.gathering(g, Seats.count(em, gatheringId, RegistrationStatus.CONFIRMED),
                Seats.count(em, gatheringId, RegistrationStatus.WAITING), accounts));
    }

    @Override
    public String calendarFeed(Long themeId) {
        String name = "Netwerkplaats";
        if (themeId != null) {
            name += " – " + themes.find(themeId).map(ThemeView::nameNl).orElse("?");
        }
        StringBuilder jpql = new StringBuilder("select distinct g from Gathering g");
        jpql.append(themeId == null ? "" : " join g.themeIds t");
        jpql.append(" where g.status in :statuses and g.endsAt >= :since");
        jpql.append(themeId == null ? "" : " and t = :theme");
        TypedQuery<Gathering> q = em.createQuery(jpql + " order by g.startsAt", Gathering.class)
                .setParameter("statuses", List.copyOf(PUBLIC))
                .setParameter("since", now().minus(FEED_HISTORY));
        if (themeId != null) {
            q.setParameter("theme", themeId);
        }
        ICalendarWriter writer = new ICalendarWriter(name);
        q.setMaxResults(2000).getResultStream().forEach(g -> writer.event(entries.event(g), clock.instant()));
        return writer.finish();
    }

    @Override
    public String calendarEntry(long gatheringId) {
        Gathering g = em.find(Gathering.class, gatheringId);
        if (g == null || !g.isPublic()) {
            throw new UnknownGatheringException(gatheringId);
        }
        return entries.entry(g);
    }

    /** Reads the themes of all gatherings of a list in one more query (EclipseLink batch reading), not one each. */
    private static <T> TypedQuery<T> batchThemes(TypedQuery<T> query) {
        return query.setHint("eclipselink.batch", "g.themeIds").setHint("eclipselink.batch.type", "IN");
    }

    private List<GatheringSummary> summaries(List<Gathering> gatherings) {
        Map<Long, long[]> counts = Seats.counts(em, gatherings.stream().map(Gathering::getId).toList());
        Map<Long, Long> confirmed = new HashMap<>();
        counts.forEach((id, c) -> confirmed.put(id, c[0]));
        return gatherings.stream().map(g -> Views.summary(g, confirmed.getOrDefault(g.getId(), 0L))).toList();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
