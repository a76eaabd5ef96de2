package nl.netwerkplaats.events.api;

import java.io.Serializable;

/** One line of the participant list: only people who consented to be on it. */
public record ParticipantView(String name, String organisation, ParticipantRole role) implements Serializable {
}
