package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

/** The request cannot go to that status from where it is (e.g. a finished request cannot be linked again). */
@ApplicationException(rollback = true)
public class SupportTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final SupportStatus from;
    private final SupportStatus to;

    public SupportTransitionException(SupportStatus from, SupportStatus to) {
        super("A support request cannot go from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public SupportStatus from() {
        return from;
    }

    public SupportStatus to() {
        return to;
    }
}
