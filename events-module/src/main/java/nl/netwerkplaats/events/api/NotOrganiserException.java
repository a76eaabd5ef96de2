package nl.netwerkplaats.events.api;

import jakarta.ejb.ApplicationException;

/** Only the gathering's organisers, coordinators and administrators may do this (or, for lists, members). */
@ApplicationException(rollback = true)
public class NotOrganiserException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotOrganiserException(Long actorId, long gatheringId) {
        super("Account " + actorId + " may not do this for gathering " + gatheringId);
    }
}
