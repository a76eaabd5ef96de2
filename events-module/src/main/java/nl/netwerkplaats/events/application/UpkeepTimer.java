package nl.netwerkplaats.events.application;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every few minutes: reminders ({@code netwerkplaats.events.reminder-hours} before the start, default 48), ended
 * gatherings to "afgelopen", and guests' data removed {@code netwerkplaats.events.guest-retention-months} after the
 * gathering (default 12).
 */
@Startup
@Singleton
@DependsOn("EventsStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class UpkeepTimer {

    private static final Logger LOG = Logger.getLogger(UpkeepTimer.class.getName());
    private static final int MAX_BATCHES = 20;

    @Resource
    private TimerService timers;

    @Inject
    private Upkeep upkeep;

    @Inject
    @ConfigProperty(name = "netwerkplaats.events.reminder-hours", defaultValue = "48")
    int reminderHours;

    @Inject
    @ConfigProperty(name = "netwerkplaats.events.guest-retention-months", defaultValue = "12")
    int retentionMonths;

    @Inject
    @ConfigProperty(name = "netwerkplaats.events.upkeep-interval-seconds", defaultValue = "300")
    int intervalSeconds;

    @PostConstruct
    void schedule() {
        long interval = Math.max(1, intervalSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("events-upkeep", false));
    }

    @Timeout
    void run() {
        try {
            int reminders = 0;
            for (int i = 0, batch = 1; i < MAX_BATCHES && batch > 0; i++) {
                batch = upkeep.sendReminders(reminderHours); // one batch per transaction
                reminders += batch;
            }
            int finished = upkeep.finishEnded();
            int guests = retentionMonths > 0 ? upkeep.removeGuestData(retentionMonths) : 0;
            if (reminders + finished + guests > 0) {
                // One line per run that did something; in a cluster the instances' lines add up to the work done.
                LOG.info(String.format("Events upkeep: %d reminder(s) queued, %d gathering(s) afgelopen,"
                        + " %d guest(s)' data removed", reminders, finished, guests));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Events upkeep failed; the next round tries again", e);
        }
    }
}
