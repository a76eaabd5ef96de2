package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class InvalidSetupTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidSetupTokenException(String message) {
        super(message);
    }
}
