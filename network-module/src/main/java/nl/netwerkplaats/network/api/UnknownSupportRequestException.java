package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class UnknownSupportRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownSupportRequestException(long id) {
        super("No support request or offer " + id);
    }
}
