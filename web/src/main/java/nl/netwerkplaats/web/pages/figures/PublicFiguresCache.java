package nl.netwerkplaats.web.pages.figures;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import nl.netwerkplaats.kernel.figures.FigureFilter;

/**
 * The public page's figures, kept for a few minutes per year and province: anyone may open the page, and one
 * overview costs a dozen grouped statements (measured: about 200 ms alone, and 11 pages a second at most on two
 * cores), so a visitor who reloads, or a crawler, must not cost that every time. Aggregates only, so a few minutes
 * old is harmless. The coordinators' overview is always fresh.
 */
@ApplicationScoped
public class PublicFiguresCache {

    static final Duration KEEP = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 500;

    private record Kept(Overview overview, long until) {
    }

    @Inject
    private OverviewAssembler assembler;

    private final Map<FigureFilter, Kept> kept = new ConcurrentHashMap<>();

    public Overview overview(FigureFilter filter, LocalDate today) {
        long now = System.nanoTime();
        Kept entry = kept.get(filter);
        if (entry != null && now - entry.until() < 0) {
            return entry.overview();
        }
        Overview fresh = assembler.assemble(filter, today);
        if (kept.size() >= MAX_ENTRIES) {
            kept.clear();
        }
        kept.put(filter, new Kept(fresh, now + KEEP.toNanos()));
        return fresh;
    }
}
