package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

/**
 * The only owner of a group cannot leave it, nor be removed: someone must run it. Make another member owner
 * first, or close the group.
 */
@ApplicationException(rollback = true)
public class SoleOwnerCannotLeaveException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SoleOwnerCannotLeaveException(long groupId, long accountId) {
        super("Account " + accountId + " is the only owner of group " + groupId);
    }
}
