package nl.netwerkplaats.network.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.network.api.ActionNotAllowedException;
import nl.netwerkplaats.network.api.AuditLog;
import nl.netwerkplaats.network.api.ContributionActivity;
import nl.netwerkplaats.network.api.ContributionKind;
import nl.netwerkplaats.network.api.ContributionMade;
import nl.netwerkplaats.network.api.ContributionView;
import nl.netwerkplaats.network.api.Contributions;
import nl.netwerkplaats.network.api.InputRejectedException;
import nl.netwerkplaats.network.api.Role;
import nl.netwerkplaats.network.domain.Account;

/** The ledger, kept in plain SQL: it is a list of facts, appended once per person, kind and source. */
@Stateless
@LocalBean
@Local(Contributions.class)
public class ContributionService implements Contributions {

    @PersistenceContext(unitName = "network")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /**
     * Appends the contribution with the kind's current points, unless the same person, kind and source is there
     * already. Runs in its own transaction: it is called after the reporting transaction committed.
     *
     * @return whether an entry was added
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean record(ContributionMade made) {
        if (em.find(Account.class, made.accountId()) == null) {
            return false;
        }
        return em.createNativeQuery("insert into network.contribution (account_id, kind, source_ref, points, "
                        + "recorded_at) select ?1, k.kind, ?3, k.points, ?4 from network.contribution_kind k "
                        + "where k.kind = ?2 on conflict (account_id, kind, source_ref) do nothing")
                .setParameter(1, made.accountId()).setParameter(2, made.kind().name())
                .setParameter(3, made.sourceRef()).setParameter(4, clock.instant().atOffset(ZoneOffset.UTC))
                .executeUpdate() > 0;
    }

    @Override
    public List<ContributionView> of(long accountId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select kind, source_ref, points, recorded_at from "
                        + "network.contribution where account_id = ?1 order by recorded_at desc, id desc")
                .setParameter(1, accountId).getResultList();
        return rows.stream().map(r -> new ContributionView(ContributionKind.valueOf((String) r[0]), (String) r[1],
                ((Number) r[2]).intValue(), instant(r[3]))).toList();
    }

    @Override
    public long pointsOf(long accountId) {
        return ((Number) em.createNativeQuery("select coalesce(sum(points), 0) from network.contribution "
                + "where account_id = ?1").setParameter(1, accountId).getSingleResult()).longValue();
    }

    @Override
    public Optional<List<ContributionView>> shownPublicly(long personId) {
        return isShownPublicly(personId) ? Optional.of(of(personId)) : Optional.empty();
    }

    @Override
    public boolean isShownPublicly(long accountId) {
        List<?> shown = em.createNativeQuery("select shown from network.contribution_visibility where account_id = ?1")
                .setParameter(1, accountId).getResultList();
        return !shown.isEmpty() && Boolean.TRUE.equals(shown.get(0));
    }

    @Override
    public void showPublicly(long accountId, boolean shown) {
        em.createNativeQuery("insert into network.contribution_visibility (account_id, shown) values (?1, ?2) "
                        + "on conflict (account_id) do update set shown = excluded.shown")
                .setParameter(1, accountId).setParameter(2, shown).executeUpdate();
    }

    @Override
    public Map<ContributionKind, Integer> points() {
        Map<ContributionKind, Integer> points = new EnumMap<>(ContributionKind.class);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select kind, points from network.contribution_kind")
                .getResultList();
        rows.forEach(r -> points.put(ContributionKind.valueOf((String) r[0]), ((Number) r[1]).intValue()));
        return points;
    }

    @Override
    public void setPoints(long actorId, ContributionKind kind, int points) {
        Account actor = em.find(Account.class, actorId);
        if (actor == null || !actor.getRoles().contains(Role.ADMIN)) {
            throw new ActionNotAllowedException("Only administrators set the points");
        }
        if (kind == null) {
            throw new InputRejectedException("kind", InputRejectedException.Problem.REQUIRED);
        }
        if (points < 0 || points > 1000) {
            throw new InputRejectedException("points", InputRejectedException.Problem.TOO_LONG, 1000);
        }
        int before = points().getOrDefault(kind, 0);
        em.createNativeQuery("update network.contribution_kind set points = ?1 where kind = ?2")
                .setParameter(1, points).setParameter(2, kind.name()).executeUpdate();
        audit.record(actorId, "contribution.points", "contribution_kind", null, kind + ": " + before + " -> " + points);
    }

    @Override
    public List<ContributionActivity> perOrganisation(long actorId, int max) {
        CoordinatorCheck.requireCoordinator(em, actorId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select o.id, o.name, count(c.id), coalesce(sum(c.points), 0) "
                        + "from network.organisation o join network.membership m on m.organisation_id = o.id "
                        + "and not m.pending join network.contribution c on c.account_id = m.account_id "
                        + "where o.merged_into_id is null group by o.id, o.name "
                        + "order by 4 desc, 3 desc, lower(o.name) limit ?1")
                .setParameter(1, Math.max(1, max)).getResultList();
        return rows.stream().map(ContributionService::activity).toList();
    }

    @Override
    public List<ContributionActivity> perTheme(long actorId) {
        CoordinatorCheck.requireCoordinator(em, actorId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select t.id, t.name_nl, count(c.id), coalesce(sum(c.points), 0) "
                        + "from network.theme t join network.account_theme a on a.theme_id = t.id "
                        + "join network.contribution c on c.account_id = a.account_id "
                        + "group by t.id, t.name_nl order by 4 desc, 3 desc, lower(t.name_nl)")
                .getResultList();
        return rows.stream().map(ContributionService::activity).toList();
    }

    private static ContributionActivity activity(Object[] r) {
        return new ContributionActivity(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                ((Number) r[3]).longValue());
    }

    private static Instant instant(Object value) {
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        return (Instant) value;
    }
}
