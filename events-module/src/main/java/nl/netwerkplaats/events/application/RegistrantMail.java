package nl.netwerkplaats.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.netwerkplaats.events.domain.Gathering;
import nl.netwerkplaats.events.domain.Registration;
import nl.netwerkplaats.events.infrastructure.GatheringMails;
import nl.netwerkplaats.network.api.Outbox;

/** Queues a mail about a gathering to one registrant, in their language, in the caller's transaction. */
@ApplicationScoped
public class RegistrantMail {

    @Inject
    private GatheringMails mails;

    @Inject
    private Outbox outbox;

    /** @return false when there is no address to write to (a walk-in, or data removed after the retention time) */
    public boolean send(String key, Registration r, Gathering g, Object extra) {
        if (r.getEmail() == null) {
            return false;
        }
        GatheringMails.Mail mail = mails.compose(key, r.getLanguage(), r.getName(), Views.facts(g), r.getToken(),
                r.getCode(), extra);
        outbox.queue(r.getEmail(), mail.subject(), mail.body());
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
