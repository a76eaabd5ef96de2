package nl.netwerkplaats.events.api;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class UnknownGatheringException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownGatheringException(long id) {
        super("No gathering " + id);
    }
}
