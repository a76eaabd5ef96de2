package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class PasswordTooWeakException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PasswordTooWeakException(String message) {
        super(message);
    }
}
