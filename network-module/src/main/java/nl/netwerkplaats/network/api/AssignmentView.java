package nl.netwerkplaats.network.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An assignment as the viewer may see it. {@code workers} names who works on it (a name only where that person's
 * consent lets the viewer see it, otherwise null); {@code responses} is filled only for those who manage it.
 */
public record AssignmentView(long id, long organisationId, String organisationName, String title, String question,
                             String scope, LocalDate startsOn, LocalDate endsOn, AssignmentLevel level, long themeId,
                             String contact, AssignmentStatus status, String resultUrl, Long knowledgeItemId,
                             Instant createdAt, List<String> workers, boolean mayManage, boolean mayRespond,
                             boolean responded, List<AssignmentResponseView> responses) {
}
