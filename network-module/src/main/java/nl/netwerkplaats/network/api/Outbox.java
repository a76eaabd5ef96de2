package nl.netwerkplaats.network.api;

import java.util.List;

/**
 * Every e-mail the platform sends goes through here. A queued message joins the caller's transaction, so a
 * rolled-back change sends nothing; after commit it is sent by SMTP when one is configured, retried on failure,
 * and otherwise kept for administrators to read.
 */
public interface Outbox {

    void queue(String recipient, String subject, String body);

    /** The same, with one file attached (an invitation's .ics, for instance). */
    void queue(String recipient, String subject, String body, MailAttachment attachment);

    /** The newest messages first, for administrators. */
    List<OutboxMessageView> newest(int max);

    /** The newest messages to one address first, for administrators looking for one person's mail. */
    List<OutboxMessageView> newestTo(String recipient, int max);

    /** Puts a message that gave up back in the queue. */
    void retry(long messageId);

    boolean smtpConfigured();

    /** How many mails wait to be sent, went out, and were given up on (for monitoring). */
    Counts counts();

    record Counts(long queued, long sent, long failed) {
    }
}
