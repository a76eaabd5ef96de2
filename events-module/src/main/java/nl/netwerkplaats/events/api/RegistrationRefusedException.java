package nl.netwerkplaats.events.api;

import jakarta.ejb.ApplicationException;

/** Registering (or confirming, or cancelling) is not possible now; the reason says why, in words for a message. */
@ApplicationException(rollback = true)
public class RegistrationRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** Still a concept: not open for registration yet. */
        NOT_OPEN,
        CANCELLED,
        /** Started or ended already. */
        PAST,
        DEADLINE_PASSED,
        MEMBERS_ONLY,
        GROUP_ONLY,
        ALREADY_REGISTERED,
        /** The registration was cancelled or refused already, so the link does nothing any more. */
        NO_LONGER_ACTIVE
    }

    private final Reason reason;

    public RegistrationRefusedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
