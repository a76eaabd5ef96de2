package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

/** The acting person may not do this: they do not own it and are not a coordinator or administrator. */
@ApplicationException(rollback = true)
public class ActionNotAllowedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ActionNotAllowedException(String message) {
        super(message);
    }
}
