package nl.netwerkplaats.events.application;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.netwerkplaats.events.domain.Gathering;
import nl.netwerkplaats.events.domain.Registration;
import nl.netwerkplaats.events.infrastructure.GatheringMails;
import nl.netwerkplaats.network.api.MailAttachment;
import nl.netwerkplaats.network.api.Outbox;

/** Queues a mail about a gathering to one registrant, in their language, in the caller's transaction. */
@ApplicationScoped
public class RegistrantMail {

    /** The mails that give someone a seat carry the gathering as a calendar file, ready to add to their agenda. */
    private static final Set<String> WITH_CALENDAR_FILE = Set.of("confirmed", "promoted");
    static final String CALENDAR_FILE_NAME = "bijeenkomst.ics";

    @Inject
    private GatheringMails mails;

    @Inject
    private Outbox outbox;

    @Inject
    private CalendarEntries calendar;

    /** @return false when there is no address to write to (a walk-in, or data removed after the retention time) */
    public boolean send(String key, Registration r, Gathering g, Object extra) {
        if (r.getEmail() == null) {
            return false;
        }
        GatheringMails.Mail mail = mails.compose(key, r.getLanguage(), r.getName(), Views.facts(g), r.getToken(),
                r.getCode(), extra);
        if (WITH_CALENDAR_FILE.contains(key)) {
            outbox.queue(r.getEmail(), mail.subject(), mail.body(), new MailAttachment(CALENDAR_FILE_NAME,
                    "text/calendar; charset=UTF-8; method=PUBLISH", calendar.entry(g).getBytes(StandardCharsets.UTF_8)));
        } else {
            outbox.queue(r.getEmail(), mail.subject(), mail.body());
        }
        return true;
    }

    /** The organiser's own subject and text, framed by who sends it and the person's link. */
    public boolean sendOrganiserMessage(Registration r, Gathering g, String subject, String text) {
        if (r.getEmail() == null) {
            return false;
        }
        GatheringMails.Mail frame = mails.compose("organiser-message", r.getLanguage(), r.getName(), Views.facts(g),
                r.getToken(), r.getCode(), text);
        outbox.queue(r.getEmail(), subject, frame.body());
        return true;
    }
}
