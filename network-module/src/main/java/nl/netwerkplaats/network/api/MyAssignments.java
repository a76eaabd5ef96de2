package nl.netwerkplaats.network.api;

import java.time.Instant;
import java.util.List;

/**
 * A member's own side of the student assignments: those of the organisations they belong to (which they may
 * manage), and those they responded to, with whether they were picked.
 */
public record MyAssignments(List<AssignmentView> posted, List<Response> responded) {

    public MyAssignments {
        posted = List.copyOf(posted);
        responded = List.copyOf(responded);
    }

    public record Response(AssignmentView assignment, boolean picked, Instant respondedAt) {
    }
}
