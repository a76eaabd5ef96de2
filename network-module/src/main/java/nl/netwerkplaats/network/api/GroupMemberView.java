package nl.netwerkplaats.network.api;

import java.time.Instant;

/**
 * A member of a group, or someone waiting to become one, as signed-in members see them.
 *
 * @param displayName their name, or null when the viewer may not see it (see {@link Groups#members})
 * @param since when they became a member, or when they asked while their request is pending
 */
public record GroupMemberView(long accountId, String displayName, GroupStanding standing, Instant since) {

    public boolean named() {
        return displayName != null;
    }

    public boolean owner() {
        return standing == GroupStanding.OWNER;
    }
}
