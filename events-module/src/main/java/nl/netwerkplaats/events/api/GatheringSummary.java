package nl.netwerkplaats.events.api;

import java.time.OffsetDateTime;

/** A gathering as lists show it: the agenda, the home page, the REST list. */
public record GatheringSummary(long id, String title, GatheringKind kind, OffsetDateTime startsAt,
                               OffsetDateTime endsAt, String venueName, String municipalityCode) {
}
