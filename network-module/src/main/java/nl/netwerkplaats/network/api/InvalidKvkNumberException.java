package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

/** A KvK number is eight digits. */
@ApplicationException(rollback = true)
public class InvalidKvkNumberException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidKvkNumberException(String given) {
        super("Not a KvK number (eight digits): " + given);
    }
}
