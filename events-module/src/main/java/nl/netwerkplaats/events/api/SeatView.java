package nl.netwerkplaats.events.api;

import java.time.OffsetDateTime;

/** "Ronde 2 (14:00): tafel 3 – Eenzaamheid, gastheer Gerrit". Round fields are null for a gathering without rounds. */
public record SeatView(Long roundId, Integer roundPosition, String roundTitle, String question,
                       OffsetDateTime startsAt, long tableId, int tableNumber, String topic, String hostName) {
}
