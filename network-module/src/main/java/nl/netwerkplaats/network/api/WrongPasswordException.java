package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

/** The current password given to confirm a sensitive change is wrong. */
@ApplicationException(rollback = true)
public class WrongPasswordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WrongPasswordException() {
        super("The current password is wrong");
    }
}
