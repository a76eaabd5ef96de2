package nl.netwerkplaats.network.api;

import java.time.Instant;
import java.util.List;

/**
 * One request as the viewer may see it. The private part ({@code requesterId}, {@code requesterName}, {@code requesterEmail},
 * {@code matches}, {@code history}) is filled only when {@code privileged}: for the requester, coordinators, the
 * contact person, and parties linked to it that have not declined.
 */
public record SupportRequestView(long id, String title, String need, String reason, List<Long> themeIds,
                                 String municipalityCode, Urgency urgency, List<HelpKind> helpKinds,
                                 SupportStatus status, String lesson, String askedBy, Long organisationId,
                                 Instant createdAt, boolean privileged, boolean mayManage, boolean mayLink,
                                 Long requesterId, String requesterName, String requesterEmail, String contactPersonName,
                                 String contactPersonEmail, List<SupportMatchView> matches,
                                 List<SupportEventView> history) {
}
