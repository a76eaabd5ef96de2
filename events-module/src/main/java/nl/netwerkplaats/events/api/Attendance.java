package nl.netwerkplaats.events.api;

import java.io.Serializable;
import java.util.Map;

/**
 * Who came. {@code registered} counts confirmed seats (walk-ins included), {@code present} those ticked at the
 * door, {@code noShow} the confirmed who were not. The counts survive the removal of guests' personal data.
 */
public record Attendance(long registered, long present, long noShow, long walkIns, long waiting,
                         Map<ParticipantRole, Counts> perRole) implements Serializable {

    public record Counts(long registered, long present, long noShow) implements Serializable {
    }

    public Attendance {
        perRole = Map.copyOf(perRole);
    }
}
