package nl.netwerkplaats.events.application;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.events.domain.Gathering;
import nl.netwerkplaats.events.domain.Registration;

/**
 * The timed work of the events module, each batch in a transaction of its own. Rows are claimed with
 * {@code for update skip locked}, so in a cluster two servers never send the same reminder.
 */
@Stateless
public class Upkeep {

    private static final int BATCH = 50;

    @PersistenceContext(unitName = "events")
    private EntityManager em;

    @Inject
    private RegistrantMail mail;

    @Inject
    private EndedGatherings ended;

    private final Clock clock = Clock.systemUTC();

    /**
     * Mails a reminder to confirmed registrants of published gatherings starting within {@code hoursBefore} hours,
     * once each. Who was placed inside that window had the facts in their confirmation a moment ago and gets none.
     *
     * @return how many reminders were queued in this batch
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sendReminders(int hoursBefore) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select r.id from events.registration r join events.gathering g on g.id = r.gathering_id
                        where r.status = 'CONFIRMED' and r.reminded_at is null and r.email is not null
                          and g.status = 'GEPUBLICEERD' and g.starts_at > now()
                          and g.starts_at <= now() + make_interval(hours => ?1)
                          and r.placed_at < g.starts_at - make_interval(hours => ?1)
                        order by r.id limit ?2 for update of r skip locked""")
                .setParameter(1, hoursBefore).setParameter(2, BATCH).getResultList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Number id : ids) {
            Registration r = em.find(Registration.class, id.longValue());
            mail.send("reminder", r, em.find(Gathering.class, r.getGatheringId()), null);
            r.reminded(now);
        }
        return ids.size();
    }

    /**
     * Published gatherings whose end has passed become "afgelopen". Claimed with {@code for update skip locked} as
     * the reminders, so in a cluster each gathering is finished (and its contributions recorded) by one server.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int finishEnded() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select g.id from events.gathering g
                        where g.status = 'GEPUBLICEERD' and g.ends_at < now()
                        order by g.id limit ?1 for update skip locked""")
                .setParameter(1, BATCH).getResultList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Number id : ids) {
            Gathering g = em.find(Gathering.class, id.longValue());
            g.finish(now);
            ended.record(g);
        }
        return ids.size();
    }

    /**
     * Forgets the name, address, organisation and needs of guests (registrations without an account) of gatherings
     * that ended more than {@code months} ago. The rows stay, so every count stays.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int removeGuestData(int months) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        select r.id from events.registration r join events.gathering g on g.id = r.gathering_id
                        where r.account_id is null and r.anonymised_at is null
                          and g.ends_at < now() - make_interval(months => ?1)
                        order by r.id limit ?2 for update of r skip locked""")
                .setParameter(1, months).setParameter(2, BATCH * 10).getResultList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        ids.forEach(id -> em.find(Registration.class, id.longValue()).anonymise(now));
        return ids.size();
    }
}
