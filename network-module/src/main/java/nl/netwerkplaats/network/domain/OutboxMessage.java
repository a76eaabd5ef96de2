package nl.netwerkplaats.network.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.netwerkplaats.network.api.OutboxMessageView.Status;

/** An e-mail waiting to be sent, sent, or given up on after {@link #MAX_ATTEMPTS} tries. Never deleted. */
@Entity
@Table(name = "outbox_message", schema = "network")
public class OutboxMessage {

    public static final int MAX_ATTEMPTS = 12;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_RETRY = Duration.ofHours(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String recipient;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Version
    private int version;

    protected OutboxMessage() {
    }

    public OutboxMessage(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject.length() > 200 ? subject.substring(0, 200) : subject;
        this.body = body;
        this.status = Status.QUEUED;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        this.nextAttemptAt = createdAt;
    }

    public void sent(Instant now) {
        attempts++;
        status = Status.SENT;
        sentAt = now.atOffset(ZoneOffset.UTC);
        lastError = null;
    }

    /** Waits twice as long after each failure (1 min, 2 min, 4 min ... at most an hour), then gives up. */
    public void failed(Instant now, String error) {
        attempts++;
        lastError = error == null ? "unknown" : error.length() > 500 ? error.substring(0, 500) : error;
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
            return;
        }
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 10));
        nextAttemptAt = now.plus(wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait).atOffset(ZoneOffset.UTC);
    }

    public void requeue(Instant now) {
        if (status == Status.FAILED) {
            status = Status.QUEUED;
            attempts = 0;
            nextAttemptAt = now.atOffset(ZoneOffset.UTC);
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt.toInstant();
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public Instant getSentAt() {
        return sentAt == null ? null : sentAt.toInstant();
    }
}
