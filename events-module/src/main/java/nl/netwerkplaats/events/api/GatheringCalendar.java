package nl.netwerkplaats.events.api;

import java.util.List;
import java.util.Optional;

/** Read side of the gatherings, for everyone: the agenda, one gathering, calendar feeds. Concepts never show. */
public interface GatheringCalendar {

    /** Published gatherings that have not ended yet, soonest first. */
    List<GatheringSummary> upcoming(int limit);

    long countUpcoming();

    /** Public gatherings (published, ended, reported, or cancelled) matching the query. */
    List<GatheringSummary> agenda(AgendaQuery query);

    long count(AgendaQuery query);

    /** A gathering that is public; a concept only for its organisers and coordinators ({@code viewerId}). */
    Optional<GatheringView> find(long gatheringId, Long viewerId);

    /** RFC 5545 text of the public gatherings of the last year and the future, optionally on one theme. */
    String calendarFeed(Long themeId);

    /** RFC 5545 text of one public gathering. @throws UnknownGatheringException also for a concept */
    String calendarEntry(long gatheringId);
}
