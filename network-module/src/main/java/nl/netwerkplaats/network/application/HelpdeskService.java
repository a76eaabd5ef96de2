package nl.netwerkplaats.network.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import nl.netwerkplaats.network.api.Helpdesk;
import nl.netwerkplaats.network.api.HelpdeskQuestionView;
import nl.netwerkplaats.network.api.Outbox;
import nl.netwerkplaats.network.api.QuestionStatus;
import nl.netwerkplaats.network.api.UnknownQuestionException;
import nl.netwerkplaats.network.domain.Account;
import nl.netwerkplaats.network.domain.HelpdeskQuestion;
import nl.netwerkplaats.network.infrastructure.HelpdeskMails;

@Stateless
public class HelpdeskService implements Helpdesk {

    @PersistenceContext(unitName = "network")
    private EntityManager em;

    @Inject
    private Outbox outbox;

    private final Clock clock = Clock.systemUTC();

    @Override
    public HelpdeskQuestionView ask(String name, String email, String question, Long accountId, String language) {
        Long asker = accountId != null && em.find(Account.class, accountId) != null ? accountId : null;
        HelpdeskQuestion q = new HelpdeskQuestion(name, email, question, asker, language, clock.instant());
        em.persist(q);
        em.flush();
        HelpdeskMails.Mail mail = HelpdeskMails.received(q.getLanguage(), q.getAskerName(), q.getQuestion());
        outbox.queue(q.getAskerEmail(), mail.subject(), mail.body());
        return view(q);
    }

    @Override
    public List<HelpdeskQuestionView> queue(QuestionStatus status, int first, int max) {
        // PostgreSQL sorts nulls first when descending: the open questions, oldest first, then the answered ones.
        return query("select q", HelpdeskQuestion.class, status, " order by q.answeredAt desc, q.askedAt, q.id")
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(0, max))
                .getResultStream().map(this::view).toList();
    }

    @Override
    public long count(QuestionStatus status) {
        return query("select count(q)", Long.class, status, "").getSingleResult();
    }

    @Override
    public Optional<HelpdeskQuestionView> find(long questionId) {
        return Optional.ofNullable(em.find(HelpdeskQuestion.class, questionId)).map(this::view);
    }

    @Override
    public HelpdeskQuestionView take(long actorId, long questionId) {
        CoordinatorCheck.requireCoordinator(em, actorId);
        HelpdeskQuestion q = load(questionId);
        q.take(actorId, clock.instant());
        return view(q);
    }

    @Override
    public HelpdeskQuestionView answer(long actorId, long questionId, String answer) {
        Account coordinator = CoordinatorCheck.requireCoordinator(em, actorId);
        HelpdeskQuestion q = load(questionId);
        q.answer(actorId, answer, clock.instant());
        // An asker who erased their account meanwhile has no address left; the answer stays on record.
        if (q.getAskerEmail() != null) {
            HelpdeskMails.Mail mail = HelpdeskMails.answer(q.getLanguage(), q.getAskerName(), q.getQuestion(),
                    q.getAnswer(), coordinator.getDisplayName());
            outbox.queue(q.getAskerEmail(), mail.subject(), mail.body());
        }
        return view(q);
    }

    @Override
    public int forgetAsker(long accountId) {
        List<HelpdeskQuestion> asked = em.createNamedQuery("HelpdeskQuestion.byAccount", HelpdeskQuestion.class)
                .setParameter("accountId", accountId).getResultList();
        asked.forEach(HelpdeskQuestion::forgetAsker);
        return asked.size();
    }

    private HelpdeskQuestion load(long questionId) {
        HelpdeskQuestion q = em.find(HelpdeskQuestion.class, questionId);
        if (q == null) {
            throw new UnknownQuestionException(questionId);
        }
        return q;
    }

    private <T> TypedQuery<T> query(String select, Class<T> type, QuestionStatus status, String order) {
        String where = status == null ? "" : " where q.status = :status";
        TypedQuery<T> query = em.createQuery(select + " from HelpdeskQuestion q" + where + order, type);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query;
    }

    private HelpdeskQuestionView view(HelpdeskQuestion q) {
        return new HelpdeskQuestionView(q.getId(), q.getAskerName(), q.getAskerEmail(), q.getAccountId(),
                q.getLanguage(), q.getQuestion(), q.getStatus(), q.getAskedAt(),
                q.getAssignedTo(), nameOf(q.getAssignedTo()), q.getTakenAt(),
                q.getAnswer(), q.getAnsweredBy(), nameOf(q.getAnsweredBy()), q.getAnsweredAt());
    }

    private String nameOf(Long accountId) {
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        return account == null ? null : account.getDisplayName();
    }
}
