package nl.netwerkplaats.network.api;

import java.time.Instant;

/** A student's or lecturer's response, as the posting organisation sees it. */
public record AssignmentResponseView(long id, long accountId, String name, String motivation, boolean picked,
                                     Instant respondedAt) {
}
