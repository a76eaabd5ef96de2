package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class EmailInUseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmailInUseException(String message) {
        super(message);
    }
}
