package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

/** No theme has the given id. */
@ApplicationException(rollback = true)
public class UnknownThemeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownThemeException(long themeId) {
        super("No theme with id " + themeId);
    }
}
