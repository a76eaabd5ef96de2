package nl.netwerkplaats.events.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import nl.netwerkplaats.events.api.RegistrationStatus;
import nl.netwerkplaats.events.api.UnknownGatheringException;
import nl.netwerkplaats.events.domain.Gathering;
import nl.netwerkplaats.events.domain.Registration;

/**
 * The seat rules, always applied while holding the gathering's row lock ({@code select ... for update}): sign-ups,
 * cancellations and capacity changes for one gathering happen one after the other, each seeing what the previous
 * one committed. Hence never more confirmed seats than the capacity, and a waiting list in placement order.
 */
final class Seats {

    private Seats() {
    }

    /** Reads the gathering and locks its row until the transaction ends. */
    static Gathering lock(EntityManager em, long gatheringId) {
        Gathering gathering = em.find(Gathering.class, gatheringId, LockModeType.PESSIMISTIC_WRITE);
        if (gathering == null) {
            throw new UnknownGatheringException(gatheringId);
        }
        return gathering;
    }

    static long count(EntityManager em, long gatheringId, RegistrationStatus status) {
        return em.createQuery("select count(r) from Registration r where r.gatheringId = :g and r.status = :s",
                        Long.class)
                .setParameter("g", gatheringId).setParameter("s", status).getSingleResult();
    }

    /** Confirmed and waiting per gathering, for lists. */
    static Map<Long, long[]> counts(EntityManager em, List<Long> gatheringIds) {
        if (gatheringIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("select r.gatheringId, r.status, count(r) from Registration r"
                        + " where r.gatheringId in :ids and r.status in :statuses group by r.gatheringId, r.status",
                        Object[].class)
                .setParameter("ids", gatheringIds)
                .setParameter("statuses", List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING))
                .getResultList();
        Map<Long, long[]> counts = gatheringIds.stream().distinct()
                .collect(Collectors.toMap(Function.identity(), id -> new long[2]));
        for (Object[] row : rows) {
            long[] c = counts.get(((Number) row[0]).longValue());
            c[row[1] == RegistrationStatus.CONFIRMED ? 0 : 1] = ((Number) row[2]).longValue();
        }
        return counts;
    }

    /** Gives a seat when one is free, else the next place in line. The gathering must be locked. */
    static void place(EntityManager em, Gathering gathering, Registration registration, OffsetDateTime now) {
        boolean seat = gathering.getCapacity() == null
                || count(em, gathering.getId(), RegistrationStatus.CONFIRMED) < gathering.getCapacity();
        registration.place(seat, gathering.nextLineNumber(), now);
        em.flush();
    }

    /** Fills free seats from the front of the waiting list. The gathering must be locked. @return who got one */
    static List<Registration> promote(EntityManager em, Gathering gathering) {
        if (gathering.getCapacity() == null) {
            return promoteAll(em, gathering);
        }
        long free = gathering.getCapacity() - count(em, gathering.getId(), RegistrationStatus.CONFIRMED);
        if (free <= 0) {
            return List.of();
        }
        List<Registration> next = firstInLine(em, gathering.getId(), (int) Math.min(free, Integer.MAX_VALUE));
        next.forEach(Registration::promote);
        em.flush();
        return next;
    }

    private static List<Registration> promoteAll(EntityManager em, Gathering gathering) {
        List<Registration> all = firstInLine(em, gathering.getId(), Integer.MAX_VALUE);
        all.forEach(Registration::promote);
        em.flush();
        return all;
    }

    private static List<Registration> firstInLine(EntityManager em, long gatheringId, int max) {
        return em.createQuery("select r from Registration r where r.gatheringId = :g and r.status = :waiting"
                        + " order by r.lineNumber", Registration.class)
                .setParameter("g", gatheringId).setParameter("waiting", RegistrationStatus.WAITING)
                .setMaxResults(max).getResultList();
    }

    /** 1 for the first in line. */
    static Long waitingPosition(EntityManager em, Registration r) {
        if (r.getStatus() != RegistrationStatus.WAITING) {
            return null;
        }
        return em.createQuery("select count(w) from Registration w where w.gatheringId = :g and w.status = :waiting"
                        + " and w.lineNumber <= :line", Long.class)
                .setParameter("g", r.getGatheringId()).setParameter("waiting", RegistrationStatus.WAITING)
                .setParameter("line", r.getLineNumber()).getSingleResult();
    }
}
