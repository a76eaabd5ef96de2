package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

/** The group has ended or was closed: nobody joins it and it no longer changes. */
@ApplicationException(rollback = true)
public class GroupNotActiveException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final GroupStatus status;

    public GroupNotActiveException(long groupId, GroupStatus status) {
        super("Group " + groupId + " is " + status);
        this.status = status;
    }

    public GroupStatus status() {
        return status;
    }
}
