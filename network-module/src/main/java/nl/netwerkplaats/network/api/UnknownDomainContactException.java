package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

/** No loket entry has the given id; perhaps another coordinator removed it. */
@ApplicationException(rollback = true)
public class UnknownDomainContactException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownDomainContactException(long contactId) {
        super("No loket entry with id " + contactId);
    }
}
