package nl.netwerkplaats.network.api;

import java.io.Serializable;
import java.time.Instant;

public record OutboxMessageView(long id, String recipient, String subject, String body, Status status,
                                int attempts, Instant createdAt, Instant sentAt, String lastError)
                                        implements Serializable {

    public enum Status {
        QUEUED, SENT, FAILED
    }
}
