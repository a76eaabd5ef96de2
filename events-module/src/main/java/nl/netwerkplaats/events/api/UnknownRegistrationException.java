package nl.netwerkplaats.events.api;

import jakarta.ejb.ApplicationException;

/** No registration with this id, link or code (or not for this gathering). */
@ApplicationException(rollback = true)
public class UnknownRegistrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownRegistrationException() {
        super("No such registration");
    }
}
