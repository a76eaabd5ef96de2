package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

/** No group has the given id. */
@ApplicationException(rollback = true)
public class UnknownGroupException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownGroupException(long groupId) {
        super("No group with id " + groupId);
    }
}
