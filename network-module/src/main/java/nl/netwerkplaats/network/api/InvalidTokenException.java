package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

/** An e-mail link that is unknown, used or expired. */
@ApplicationException(rollback = true)
public class InvalidTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidTokenException() {
        super("The link is not valid (anymore)");
    }
}
