package nl.netwerkplaats.events.api;

import jakarta.ejb.ApplicationException;

/** Only organisers and coordinators import reports. */
@ApplicationException(rollback = true)
public class ImportNotAllowedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportNotAllowedException(long actorId) {
        super("Account " + actorId + " may not import reports");
    }
}
