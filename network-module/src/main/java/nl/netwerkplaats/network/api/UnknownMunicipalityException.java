package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class UnknownMunicipalityException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownMunicipalityException(String code) {
        super("Unknown municipality: " + code);
    }
}
