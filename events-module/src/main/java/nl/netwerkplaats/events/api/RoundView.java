package nl.netwerkplaats.events.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** @param position 1 for the first round of the day */
public record RoundView(long id, long gatheringId, int position, String title, String question,
                        OffsetDateTime startsAt, OffsetDateTime endsAt) implements Serializable {
}
