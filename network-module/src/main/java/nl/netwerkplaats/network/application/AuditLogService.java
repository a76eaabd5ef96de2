package nl.netwerkplaats.network.application;

import java.time.Clock;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import nl.netwerkplaats.network.api.AuditEntryView;
import nl.netwerkplaats.network.api.AuditLog;
import nl.netwerkplaats.network.domain.Account;
import nl.netwerkplaats.network.domain.AuditEntry;

@Stateless
public class AuditLogService implements AuditLog {

    static final String FORMER_MEMBER = "voormalig lid";

    @PersistenceContext(unitName = "network")
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void record(long actorId, String action, String subjectType, Long subjectId, String detail) {
        Account actor = em.find(Account.class, actorId);
        String label = actor == null ? FORMER_MEMBER : actor.getDisplayName();
        em.persist(new AuditEntry(clock.instant(), actorId, label, action, subjectType, subjectId, detail));
    }

    @Override
    public List<AuditEntryView> search(String action, Long actorId, int first, int max) {
        return query("select e", AuditEntry.class, action, actorId, " order by e.at desc, e.id desc")
                .setFirstResult(first).setMaxResults(max)
                .getResultStream()
                .map(e -> new AuditEntryView(e.getId(), e.getAt(), e.getActorId(), e.getActorLabel(), e.getAction(),
                        e.getSubjectType(), e.getSubjectId(), e.getDetail()))
                .toList();
    }

    @Override
    public long count(String action, Long actorId) {
        return query("select count(e)", Long.class, action, actorId, "").getSingleResult();
    }

    private <T> TypedQuery<T> query(String select, Class<T> type, String action, Long actorId, String order) {
        StringBuilder jpql = new StringBuilder(select).append(" from AuditEntry e where 1 = 1");
        if (action != null && !action.isBlank()) {
            jpql.append(" and e.action = :action");
        }
        if (actorId != null) {
            jpql.append(" and e.actorId = :actor");
        }
        TypedQuery<T> query = em.createQuery(jpql.append(order).toString(), type);
        if (action != null && !action.isBlank()) {
            query.setParameter("action", action);
        }
        if (actorId != null) {
            query.setParameter("actor", actorId);
        }
        return query;
    }
}
