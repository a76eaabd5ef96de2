package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

/** Only coordinators and administrators may do this: answer helpdesk questions, keep the loket. */
@ApplicationException(rollback = true)
public class CoordinatorsOnlyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CoordinatorsOnlyException(long actorId) {
        super("Account " + actorId + " is neither coordinator nor administrator");
    }
}
