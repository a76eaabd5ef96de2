package nl.netwerkplaats.network.api;

import java.time.Instant;

/**
 * A member of a group, or someone waiting to become one, as signed-in members see them.
 *
 * @param since when they became a member, or when they asked while their request is pending
 */
public record GroupMemberView(long accountId, String displayName, GroupStanding standing, Instant since) {

    public boolean owner() {
        return standing == GroupStanding.OWNER;
    }
}
