package nl.netwerkplaats.network.application;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.config.ConfigProvider;

import nl.netwerkplaats.network.api.OrganisationsMerged;
import nl.netwerkplaats.network.application.DirectoryCounts.OrganisationsChanged;

/**
 * The ranked candidate rows of a request for a short while ({@value #SECONDS} seconds by default, setting
 * {@value #SETTING}; 0 switches it off), so a coordinator paging, reloading and linking does not rank the whole
 * network again each time. The rows hold no viewer-specific data: names are put in per viewer afterwards.
 *
 * <p>Anything that changes what matching reads (offers, organisations, profiles, links, answers, a request's status,
 * an erased account) fires {@link MatchInputsChanged} in its transaction; after it commits every kept list is
 * dropped. A list computed while such a change was committing is not kept: each list remembers the change count
 * from before its query and is only used while that count still stands. On a cluster another server's change is
 * seen at the latest when the kept list expires.
 */
@ApplicationScoped
public class MatchCache {

    static final String SETTING = "netwerkplaats.support.match-cache-seconds";
    static final int SECONDS = 30;
    private static final int MAX_KEPT = 500;

    /** Fired inside a transaction that changes what matching reads; acted on after it commits. */
    public record MatchInputsChanged() {
    }

    private record Kept(List<Object[]> rows, long changeCount, long keptUntilNanos) {
    }

    private record Key(long requestId, int max) {
    }

    private final Map<Key, Kept> kept = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();

    /** The kept rows of this request and list size while still fresh, else the query's rows (then kept). */
    List<Object[]> rows(long requestId, int max, Supplier<List<Object[]>> query) {
        long seconds = seconds();
        if (seconds <= 0) {
            return query.get();
        }
        Key key = new Key(requestId, max);
        long now = System.nanoTime();
        long changeCount = changes.get();
        Kept found = kept.get(key);
        if (found != null && found.changeCount() == changeCount && now - found.keptUntilNanos() < 0) {
            return found.rows();
        }
        List<Object[]> rows = List.copyOf(query.get());
        if (kept.size() >= MAX_KEPT) {
            kept.clear();
        }
        kept.put(key, new Kept(rows, changeCount, now + seconds * 1_000_000_000L));
        return rows;
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) MatchInputsChanged changed) {
        forgetAll();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrganisationsChanged changed) {
        forgetAll();
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrganisationsMerged merged) {
        forgetAll();
    }

    private void forgetAll() {
        changes.incrementAndGet();
        kept.clear();
    }

    private static long seconds() {
        return ConfigProvider.getConfig().getOptionalValue(SETTING, Integer.class).orElse(SECONDS);
    }
}
