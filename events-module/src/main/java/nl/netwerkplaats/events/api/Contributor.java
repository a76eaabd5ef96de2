package nl.netwerkplaats.events.api;

import java.io.Serializable;

/**
 * A host or speaker: a network member by account id, or a name written out for someone outside the network.
 * For a member, {@code name} is the display name at the time the gathering was read, or null in a draft.
 */
public record Contributor(Kind kind, Long accountId, String name) implements Serializable {

    public enum Kind {
        HOST, SPEAKER
    }
}
