package nl.netwerkplaats.network.api;

import java.time.Instant;

/** One audit entry; {@code actorId} is empty once the actor deleted their account. */
public record AuditEntryView(long id, Instant at, Long actorId, String actorLabel, String action,
                             String subjectType, Long subjectId, String detail) {
}
