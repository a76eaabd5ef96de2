package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

/** The person is not a member of the group, or has no request waiting there. */
@ApplicationException(rollback = true)
public class GroupMemberNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GroupMemberNotFoundException(long groupId, long accountId) {
        super("Account " + accountId + " has no such place in group " + groupId);
    }
}
