package nl.netwerkplaats.network.api;

import java.time.Instant;
import java.util.List;

/**
 * A request as everyone may see it in the list: no contact details. {@code askedBy} is the organisation's name,
 * or the person's name when their consent lets the viewer see it, otherwise null.
 */
public record SupportRequestSummary(long id, String title, String need, List<Long> themeIds, String municipalityCode,
                                    Urgency urgency, List<HelpKind> helpKinds, SupportStatus status, String askedBy,
                                    Instant createdAt) {
}
