package nl.netwerkplaats.network.application;

import java.time.Clock;
import java.util.List;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.network.api.Outbox;
import nl.netwerkplaats.network.api.MailAttachment;
import nl.netwerkplaats.network.api.OutboxMessageView;
import nl.netwerkplaats.network.domain.OutboxAttachment;
import nl.netwerkplaats.network.domain.OutboxMessage;
import nl.netwerkplaats.network.infrastructure.SmtpMailer;

/** Seen by other modules as {@link Outbox}; the dispatcher uses its no-interface view for the sending side. */
@Stateless
@LocalBean
@Local(Outbox.class)
public class OutboxService implements Outbox {

    @PersistenceContext(unitName = "network")
    private EntityManager em;

    @Inject
    private SmtpMailer mailer;

    private final Clock clock = Clock.systemUTC();

    @Override
    public void queue(String recipient, String subject, String body) {
        em.persist(new OutboxMessage(recipient, subject, body, clock.instant()));
    }

    @Override
    public void queue(String recipient, String subject, String body, MailAttachment attachment) {
        OutboxMessage message = new OutboxMessage(recipient, subject, body, clock.instant());
        em.persist(message);
        em.flush();
        em.persist(new OutboxAttachment(message.getId(), attachment.fileName(), attachment.contentType(),
                attachment.content()));
    }

    @Override
    public List<OutboxMessageView> newest(int max) {
        return em.createQuery("select m from OutboxMessage m order by m.id desc", OutboxMessage.class)
                .setMaxResults(max).getResultStream().map(OutboxService::view).toList();
    }

    @Override
    public Counts counts() {
        long queued = 0;
        long sent = 0;
        long failed = 0;
        for (Object[] row : em.createQuery("select m.status, count(m) from OutboxMessage m group by m.status",
                Object[].class).getResultList()) {
            long count = ((Number) row[1]).longValue();
            switch ((OutboxMessageView.Status) row[0]) {
                case QUEUED -> queued = count;
                case SENT -> sent = count;
                case FAILED -> failed = count;
            }
        }
        return new Counts(queued, sent, failed);
    }

    @Override
    public List<OutboxMessageView> newestTo(String recipient, int max) {
        return em.createQuery("select m from OutboxMessage m where lower(m.recipient) = :recipient order by m.id desc",
                        OutboxMessage.class)
                .setParameter("recipient", recipient.strip().toLowerCase(java.util.Locale.ROOT))
                .setMaxResults(max).getResultStream().map(OutboxService::view).toList();
    }

    @Override
    public void retry(long messageId) {
        OutboxMessage message = em.find(OutboxMessage.class, messageId);
        if (message != null) {
            message.requeue(clock.instant());
        }
    }

    @Override
    public boolean smtpConfigured() {
        return mailer.configured();
    }

    /**
     * Sends the oldest due message in a transaction of its own. The row stays locked while it is sent and other
     * servers skip it, so in a cluster each message goes out once.
     *
     * @return false when nothing was due
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sendNextDue() {
        List<?> due = em.createNativeQuery("""
                        select id from network.outbox_message
                        where status = 'QUEUED' and next_attempt_at <= now()
                        order by id limit 1 for update skip locked""")
                .getResultList();
        if (due.isEmpty()) {
            return false;
        }
        OutboxMessage message = em.find(OutboxMessage.class, ((Number) due.get(0)).longValue());
        try {
            OutboxAttachment attachment = em.find(OutboxAttachment.class, message.getId());
            mailer.send(message.getRecipient(), message.getSubject(), message.getBody(),
                    attachment == null ? null : new MailAttachment(attachment.getFileName(),
                            attachment.getContentType(), attachment.getContent()));
            message.sent(clock.instant());
        } catch (MessagingException | RuntimeException e) {
            message.failed(clock.instant(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return true;
    }

    private static OutboxMessageView view(OutboxMessage m) {
        return new OutboxMessageView(m.getId(), m.getRecipient(), m.getSubject(), m.getBody(), m.getStatus(),
                m.getAttempts(), m.getCreatedAt(), m.getSentAt(), m.getLastError());
    }
}
