package nl.netwerkplaats.network.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import nl.netwerkplaats.network.api.OrganisationKind;
import nl.netwerkplaats.network.api.OrganisationsMerged;

/**
 * The facet counts of the whole sociale kaart, the view every visitor opens first. They only change when an
 * organisation does, so they are counted once and kept: forgotten on this instance as soon as a change to an
 * organisation commits, and after {@link #AT_MOST} in any case, for changes committed on other instances of a
 * cluster. Searches with a text or a filter are always counted afresh.
 */
@ApplicationScoped
public class DirectoryCounts {

    static final Duration AT_MOST = Duration.ofSeconds(30);

    /** Fired inside the transaction that changes what the kaart counts; acted on after it commits. */
    public record OrganisationsChanged() {
    }

    record Counts(long total, Map<OrganisationKind, Long> kinds, Map<Long, Long> themes,
                  Map<String, Long> provinces, Instant countedAt) {
    }

    private final Clock clock = Clock.systemUTC();
    private volatile Counts everything;

    Optional<Counts> forEverything() {
        Counts counts = everything;
        return counts != null && counts.countedAt().plus(AT_MOST).isAfter(clock.instant())
                ? Optional.of(counts) : Optional.empty();
    }

    void rememberForEverything(long total, Map<OrganisationKind, Long> kinds, Map<Long, Long> themes,
                               Map<String, Long> provinces, Instant countedBefore) {
        everything = new Counts(total, Map.copyOf(kinds), Map.copyOf(themes), Map.copyOf(provinces), countedBefore);
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrganisationsChanged changed) {
        everything = null;
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrganisationsMerged merged) {
        everything = null;
    }
}
