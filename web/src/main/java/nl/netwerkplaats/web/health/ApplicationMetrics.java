package nl.netwerkplaats.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;

import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.Outbox;
import nl.netwerkplaats.events.api.Registrations;

/**
 * Netwerkplaats's own figures for monitoring, at {@code /metrics?scope=application} (Prometheus text): the mail
 * outbox, the people in the network and the registrations for coming gatherings. Search latency is timed where searches are served ({@code @Timed}).
 * Each gauge asks the database when it is read, so a scrape every 15 s or more costs nothing worth mentioning.
 */
@ApplicationScoped
public class ApplicationMetrics {

    @Inject
    private Outbox outbox;

    @Inject
    private Accounts accounts;

    @Inject
    private Registrations registrations;

    /** Gauges are registered when their bean is created: create it at start, not at the first scrape. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // nothing to do; being called creates the bean
    }

    @Gauge(name = "netwerkplaats.mail.queued", unit = MetricUnits.NONE, absolute = true,
            description = "Mails in the outbox waiting to be sent (also when no SMTP server is configured)")
    public long mailQueued() {
        return outbox.counts().queued();
    }

    @Gauge(name = "netwerkplaats.mail.failed", unit = MetricUnits.NONE, absolute = true,
            description = "Mails given up on after every retry; admins can send them again at Beheer > Post")
    public long mailFailed() {
        return outbox.counts().failed();
    }

    @Gauge(name = "netwerkplaats.mail.sent", unit = MetricUnits.NONE, absolute = true,
            description = "Mails sent since the installation began")
    public long mailSent() {
        return outbox.counts().sent();
    }

    @Gauge(name = "netwerkplaats.accounts", unit = MetricUnits.NONE, absolute = true,
            description = "Accounts, confirmed or not")
    public long accounts() {
        return accounts.countAccounts();
    }

    @Gauge(name = "netwerkplaats.registrations.confirmed", unit = MetricUnits.NONE, absolute = true,
            description = "Seats taken at published gatherings that have not ended yet")
    public long registrationsConfirmed() {
        return registrations.upcomingCounts().confirmed();
    }

    @Gauge(name = "netwerkplaats.registrations.waiting", unit = MetricUnits.NONE, absolute = true,
            description = "People on a waiting list of a published gathering that has not ended yet")
    public long registrationsWaiting() {
        return registrations.upcomingCounts().waiting();
    }
}
