package nl.netwerkplaats.events.api;

import java.time.OffsetDateTime;

/**
 * A round of the programme as an organiser plans it: "Ronde 1 – Best practices" with its question ("Welke best
 * practices kent u uit uw eigen omgeving?") and an optional time slot.
 */
public record RoundDraft(String title, String question, OffsetDateTime startsAt, OffsetDateTime endsAt) {
}
