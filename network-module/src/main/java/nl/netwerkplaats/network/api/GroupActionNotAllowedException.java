package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

/** The acting person may not do this to the group: they neither own it nor coordinate the network. */
@ApplicationException(rollback = true)
public class GroupActionNotAllowedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public GroupActionNotAllowedException(long actorId, long groupId) {
        super("Account " + actorId + " may not do this to group " + groupId);
    }

    public GroupActionNotAllowedException(long actorId) {
        super("Account " + actorId + " may not do this");
    }
}
