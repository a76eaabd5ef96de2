package nl.netwerkplaats.events.api;

import java.time.OffsetDateTime;

/**
 * A selection of the public agenda. Every filter may be null.
 *
 * @param past  true for gatherings that ended before {@code from} (newest first); false for those that end after
 *              it (soonest first)
 * @param from  the moment that divides upcoming from past; null means now
 * @param until for upcoming only: gatherings starting before this moment (e.g. the end of a month)
 */
public record AgendaQuery(boolean past, OffsetDateTime from, OffsetDateTime until, Long themeId,
                          String municipalityCode, GatheringKind kind, int first, int max) {

    public static AgendaQuery upcoming(int max) {
        return new AgendaQuery(false, null, null, null, null, null, 0, max);
    }
}
