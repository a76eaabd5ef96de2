package nl.netwerkplaats.events.api;

/** One line of the participant list: only people who consented to be on it. */
public record ParticipantView(String name, String organisation, ParticipantRole role) {
}
