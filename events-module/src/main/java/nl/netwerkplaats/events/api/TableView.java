package nl.netwerkplaats.events.api;

import java.io.Serializable;

/** A table; the names are the members' display names when they are members. */
public record TableView(long id, long gatheringId, int number, String topic, Long hostAccountId, String hostName,
                        Long noteTakerAccountId, String noteTakerName) implements Serializable {
}
