package nl.netwerkplaats.events.api;

import java.util.List;

/** Read side of the gatherings: what is coming up and what has been. */
public interface GatheringCalendar {

    /** Published gatherings that have not ended yet, soonest first. */
    List<GatheringSummary> upcoming(int limit);

    long countUpcoming();
}
