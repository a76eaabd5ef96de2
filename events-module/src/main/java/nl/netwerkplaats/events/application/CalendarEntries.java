package nl.netwerkplaats.events.application;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.netwerkplaats.events.api.GatheringStatus;
import nl.netwerkplaats.events.domain.Gathering;
import nl.netwerkplaats.events.infrastructure.GatheringMails;
import nl.netwerkplaats.events.infrastructure.ICalendarWriter;

/**
 * One gathering as an iCalendar event, the same for the feeds, the {@code .ics} download and the file attached to
 * a confirmation mail, so a calendar program that has both recognises them as one event (same UID).
 */
@ApplicationScoped
public class CalendarEntries {

    @Inject
    private GatheringMails mails;

    private final Clock clock = Clock.systemUTC();

    public ICalendarWriter.Event event(Gathering g) {
        String description = g.getDescription() == null ? "" : g.getDescription();
        if (g.getOnlineUrl() != null) {
            description = (description + "\n\nOnline: " + g.getOnlineUrl()).strip();
        }
        return new ICalendarWriter.Event(uid(g.getId()), g.getVersion(),
                g.getStartsAt(), g.getEndsAt(), g.getTitle(), description, GatheringMails.venue(Views.facts(g)),
                mails.link("bijeenkomsten/bijeenkomst.xhtml?id=" + g.getId()),
                g.getStatus() == GatheringStatus.GEANNULEERD);
    }

    /** A calendar file holding this one gathering. */
    public String entry(Gathering g) {
        return new ICalendarWriter(g.getTitle()).event(event(g), clock.instant()).finish();
    }

    public static String uid(long gatheringId) {
        return "gathering-" + gatheringId + "@netwerkplaats";
    }
}
