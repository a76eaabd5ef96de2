package nl.netwerkplaats.events.api;

import java.time.OffsetDateTime;
import java.util.List;

/** A gathering as lists show it: the agenda, the home page, the REST list. Only public fields. */
public record GatheringSummary(long id, String title, GatheringKind kind, OffsetDateTime startsAt,
                               OffsetDateTime endsAt, String venueName, String municipalityCode, String onlineUrl,
                               List<Long> themeIds, GatheringStatus status, Integer capacity, Integer seatsLeft) {

    public GatheringSummary {
        themeIds = themeIds == null ? List.of() : List.copyOf(themeIds);
    }
}
