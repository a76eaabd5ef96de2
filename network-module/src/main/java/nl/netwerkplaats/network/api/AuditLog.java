package nl.netwerkplaats.network.api;

import java.util.List;

/** What coordinators and administrators did to people, organisations, roles and locks. */
public interface AuditLog {

    /** Joins the caller's transaction: an action that rolls back leaves no entry. */
    void record(long actorId, String action, String subjectType, Long subjectId, String detail);

    /**
     * @param action  an exact action code, or null for all
     * @param actorId an actor, or null for all
     */
    List<AuditEntryView> search(String action, Long actorId, int first, int max);

    long count(String action, Long actorId);
}
