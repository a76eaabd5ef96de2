package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

/** A group cannot be started or changed like this; {@link #problem()} names the field. Nothing is saved. */
@ApplicationException(rollback = true)
public class InvalidGroupDraftException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final GroupDraftProblem problem;

    public InvalidGroupDraftException(GroupDraftProblem problem) {
        super("Group draft refused: " + problem);
        this.problem = problem;
    }

    public GroupDraftProblem problem() {
        return problem;
    }
}
