package nl.netwerkplaats.knowledge.application;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import nl.netwerkplaats.knowledge.api.KnowledgeAgenda;
import nl.netwerkplaats.knowledge.api.KnowledgeCommunity;

/**
 * The knowledge bank's clock: the weekly digest on Monday morning and the daily review reminders of the knowledge
 * agenda. Every instance of a cluster fires these non-persistent timers; the services claim each run in the
 * database (a row per digest week, a reminded-for date per question), so the mails go out once.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KnowledgeSchedules {

    private static final Logger LOG = Logger.getLogger(KnowledgeSchedules.class.getName());
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    @Inject
    private KnowledgeCommunity community;

    @Inject
    private KnowledgeAgenda agenda;

    @Schedule(dayOfWeek = "Mon", hour = "7", minute = "0", timezone = "Europe/Amsterdam", persistent = false)
    void weeklyDigest() {
        LocalDate monday = LocalDate.now(DUTCH_TIME).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        try {
            int mails = community.sendWeeklyDigest(monday);
            LOG.info(() -> "Knowledge digest for the week before " + monday + ": " + mails + " mail(s)");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The weekly knowledge digest failed", e);
        }
    }

    @Schedule(hour = "8", minute = "0", timezone = "Europe/Amsterdam", persistent = false)
    void reviewReminders() {
        try {
            agenda.remindDueReviews(LocalDate.now(DUTCH_TIME));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending review reminders failed", e);
        }
    }
}
