package nl.netwerkplaats.knowledge.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The threads across gatherings: published rode draden and kernboodschappen per theme, with items whose title and
 * summary share most of their words clustered together, so that what keeps coming back shows as one thread with the
 * years it came back in and where it first came up.
 */
public interface KnowledgeThreads {

    /** Per theme (items without a theme last), threads that came back most often first. */
    List<ThemeThreads> threads();

    record ThemeThreads(Long themeId, List<Thread> threads) {
        public ThemeThreads {
            threads = List.copyOf(threads);
        }
    }

    /** Similar items, oldest first; {@code years} in which the thread came up, ascending. */
    record Thread(List<Entry> entries, List<Integer> years) {
        public Thread {
            entries = List.copyOf(entries);
            years = List.copyOf(years);
        }

        public Entry first() {
            return entries.get(0);
        }
    }

    record Entry(long itemId, String title, KnowledgeType type, Long sourceGatheringId, OffsetDateTime publishedAt,
                 int year) {
    }
}
