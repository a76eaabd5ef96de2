package nl.netwerkplaats.knowledge.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.netwerkplaats.knowledge.api.KnowledgeAgenda;
import nl.netwerkplaats.knowledge.api.KnowledgeCommunity;

/**
 * The knowledge bank's clock: the weekly digest from Monday morning ({@code netwerkplaats.knowledge.digest-time},
 * default 07:00) and the daily review reminders of the knowledge agenda ({@code netwerkplaats.knowledge.review-time},
 * default 08:00), Dutch time. A non-persistent interval timer
 * ({@code netwerkplaats.knowledge.schedule-interval-seconds},
 * default 300) looks whether one is due, so a run missed while the server was down happens when it is back.
 *
 * <p>Every instance of a cluster has this timer; the services claim each run in the database (a row per digest week
 * inserted with {@code on conflict do nothing}, a reminded-for date per question set with a conditional update), so
 * whichever instance comes first sends, and the mails go out once.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KnowledgeSchedules {

    private static final Logger LOG = Logger.getLogger(KnowledgeSchedules.class.getName());
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    @Resource
    private TimerService timers;

    @Inject
    private KnowledgeCommunity community;

    @Inject
    private KnowledgeAgenda agenda;

    @Inject
    @ConfigProperty(name = "netwerkplaats.knowledge.schedule-interval-seconds", defaultValue = "300")
    int intervalSeconds;

    @Inject
    @ConfigProperty(name = "netwerkplaats.knowledge.digest-time", defaultValue = "07:00")
    String digestTime;

    @Inject
    @ConfigProperty(name = "netwerkplaats.knowledge.review-time", defaultValue = "08:00")
    String reviewTime;

    private LocalTime digestAt;
    private LocalTime reviewAt;

    @PostConstruct
    void schedule() {
        digestAt = time("netwerkplaats.knowledge.digest-time", digestTime, LocalTime.of(7, 0));
        reviewAt = time("netwerkplaats.knowledge.review-time", reviewTime, LocalTime.of(8, 0));
        long interval = Math.max(1, intervalSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("knowledge-schedules", false));
    }

    @Timeout
    void run() {
        ZonedDateTime now = ZonedDateTime.now(DUTCH_TIME);
        LocalDate monday = now.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (!now.isBefore(monday.atTime(digestAt).atZone(DUTCH_TIME))) {
            try {
                int mails = community.sendWeeklyDigest(monday);
                if (mails > 0) {
                    LOG.info(() -> "Knowledge digest for the week before " + monday + ": " + mails + " mail(s)");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The weekly knowledge digest failed; the next round tries again", e);
            }
        }
        if (!now.toLocalTime().isBefore(reviewAt)) {
            try {
                int reminded = agenda.remindDueReviews(now.toLocalDate());
                if (reminded > 0) {
                    LOG.info(() -> "Knowledge agenda: " + reminded + " review reminder(s)");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Sending review reminders failed; the next round tries again", e);
            }
        }
    }

    private static LocalTime time(String name, String value, LocalTime fallback) {
        try {
            return LocalTime.parse(value.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            LOG.warning(() -> name + " is not a time of day (HH:MM): '" + value + "'; using " + fallback);
            return fallback;
        }
    }
}
