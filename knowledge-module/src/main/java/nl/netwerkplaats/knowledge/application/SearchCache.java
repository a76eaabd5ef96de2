package nl.netwerkplaats.knowledge.application;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.netwerkplaats.knowledge.api.KnowledgeQuery;
import nl.netwerkplaats.knowledge.api.KnowledgeResult;

/**
 * Recent search results, shared by everyone: a search shows published items only, so its answer does not depend on
 * who asks. A common word costs tens of milliseconds of index and row reads at a million items; people repeat
 * searches (the same words, the next page, another facet) far more often than editors publish. Every change to an
 * item made in this JVM empties the cache when its transaction ends; entries also expire after
 * {@code netwerkplaats.knowledge.search-cache-seconds} (default 60, 0 turns the cache off), which bounds how long
 * another cluster member shows an answer from before a change.
 */
@ApplicationScoped
public class SearchCache {

    /** An answer (a page of hits with snippets, and the facets) takes roughly 10–20 KB: at most about 40 MB. */
    static final int MAX_ENTRIES = 2_000;

    private record Entry(KnowledgeResult result, long expiresAt, long generation) {
    }

    private final Map<KnowledgeQuery, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    @Inject
    @ConfigProperty(name = "netwerkplaats.knowledge.search-cache-seconds", defaultValue = "60")
    int seconds;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Take this before searching and hand it to {@link #put}: a result computed across a change is not kept. */
    long generation() {
        return generation.get();
    }

    Optional<KnowledgeResult> get(KnowledgeQuery query) {
        Entry entry = entries.get(query);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.expiresAt() - System.nanoTime() < 0 || entry.generation() != generation.get()) {
            entries.remove(query, entry);
            return Optional.empty();
        }
        return Optional.of(entry.result());
    }

    void put(KnowledgeQuery query, KnowledgeResult result, long startedAt) {
        if (seconds <= 0 || startedAt != generation.get()) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            long now = System.nanoTime();
            entries.values().removeIf(e -> e.expiresAt() - now < 0 || e.generation() != startedAt);
            // Still full of live answers: drop a quarter of them, in no particular order.
            var keys = entries.keySet().iterator();
            while (entries.size() > MAX_ENTRIES * 3 / 4 && keys.hasNext()) {
                keys.next();
                keys.remove();
            }
        }
        entries.put(query, new Entry(result, System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds), startedAt));
    }

    /** An item changed in the current transaction: forget every result once it has committed (or rolled back). */
    void itemsChanged() {
        if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing: the change is not visible to other transactions yet
                }

                @Override
                public void afterCompletion(int status) {
                    forget();
                }
            });
        } else {
            forget();
        }
    }

    private void forget() {
        generation.incrementAndGet();
        entries.clear();
    }
}
