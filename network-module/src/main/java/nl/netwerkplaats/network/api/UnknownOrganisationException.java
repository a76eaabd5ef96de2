package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class UnknownOrganisationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownOrganisationException(long id) {
        super("No organisation " + id);
    }
}
