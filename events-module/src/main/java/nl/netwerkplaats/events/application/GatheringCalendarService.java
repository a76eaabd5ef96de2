package nl.netwerkplaats.events.application;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringSummary;
import nl.netwerkplaats.events.domain.Gathering;
import nl.netwerkplaats.events.domain.GatheringStatus;

@Stateless
public class GatheringCalendarService implements GatheringCalendar {

    @PersistenceContext(unitName = "events")
    private EntityManager em;

    @Override
    public List<GatheringSummary> upcoming(int limit) {
        return em.createNamedQuery("Gathering.upcoming", Gathering.class)
                .setParameter("published", GatheringStatus.GEPUBLICEERD)
                .setParameter("now", OffsetDateTime.now())
                .setMaxResults(Math.max(1, Math.min(limit, 200)))
                .getResultStream()
                .map(GatheringCalendarService::summary)
                .toList();
    }

    @Override
    public long countUpcoming() {
        return em.createNamedQuery("Gathering.countUpcoming", Long.class)
                .setParameter("published", GatheringStatus.GEPUBLICEERD)
                .setParameter("now", OffsetDateTime.now())
                .getSingleResult();
    }

    private static GatheringSummary summary(Gathering g) {
        return new GatheringSummary(g.getId(), g.getTitle(), g.getKind(), g.getStartsAt(), g.getEndsAt(),
                g.getVenueName(), g.getMunicipalityCode());
    }
}
