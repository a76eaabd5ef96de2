package nl.netwerkplaats.network.application;

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

/** Every few seconds, sends what the outbox holds, when an SMTP server is configured. */
@Startup
@Singleton
@DependsOn("NetworkStartup")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {

    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    private static final int MAX_PER_ROUND = 100;

    @Resource
    private TimerService timers;

    @Inject
    private OutboxService outbox;

    @Inject
    @ConfigProperty(name = "netwerkplaats.mail.interval-seconds", defaultValue = "5")
    private int intervalSeconds;

    @PostConstruct
    void schedule() {
        if (!outbox.smtpConfigured()) {
            LOG.info("No SMTP server configured: e-mail stays in the outbox, readable by administrators.");
            return;
        }
        long interval = Math.max(1, intervalSeconds) * 1000L;
        timers.createIntervalTimer(interval, interval, new TimerConfig("outbox", false));
    }

    @Timeout
    void sendDue() {
        try {
            for (int i = 0; i < MAX_PER_ROUND && outbox.sendNextDue(); i++) {
                // one message per transaction
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sending the outbox failed; the next round tries again", e);
        }
    }
}
