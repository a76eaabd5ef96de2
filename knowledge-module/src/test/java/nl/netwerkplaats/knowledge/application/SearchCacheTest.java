package nl.netwerkplaats.knowledge.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.netwerkplaats.knowledge.api.KnowledgeQuery;
import nl.netwerkplaats.knowledge.api.KnowledgeResult;

class SearchCacheTest {

    private static final KnowledgeResult ANSWER = new KnowledgeResult(3, true, 0, 10, List.of(), List.of(), List.of(),
            List.of(), List.of());

    private static SearchCache cache(int seconds) {
        SearchCache cache = new SearchCache();
        cache.seconds = seconds;
        return cache;
    }

    @Test
    void anAnswerIsReusedUntilAnItemChanges() {
        SearchCache cache = cache(60);
        KnowledgeQuery query = KnowledgeQuery.text("samenwerken");
        cache.put(query, ANSWER, cache.generation());
        assertEquals(ANSWER, cache.get(query).orElseThrow());
        assertTrue(cache.get(KnowledgeQuery.text("luisteren")).isEmpty());

        cache.itemsChanged();

        assertTrue(cache.get(query).isEmpty());
    }

    @Test
    void anAnswerComputedWhileAnItemChangedIsNotKept() {
        SearchCache cache = cache(60);
        long before = cache.generation();
        cache.itemsChanged();
        cache.put(KnowledgeQuery.text("samenwerken"), ANSWER, before);
        assertTrue(cache.get(KnowledgeQuery.text("samenwerken")).isEmpty());
    }

    @Test
    void zeroSecondsKeepsNothing() {
        SearchCache cache = cache(0);
        cache.put(KnowledgeQuery.text("samenwerken"), ANSWER, cache.generation());
        assertTrue(cache.get(KnowledgeQuery.text("samenwerken")).isEmpty());
    }

    @Test
    void aFullCacheMakesRoomInsteadOfGrowing() {
        SearchCache cache = cache(60);
        for (int i = 0; i < SearchCache.MAX_ENTRIES * 2; i++) {
            cache.put(KnowledgeQuery.text("woord" + i), ANSWER, cache.generation());
        }
        long kept = java.util.stream.IntStream.range(0, SearchCache.MAX_ENTRIES * 2)
                .filter(i -> cache.get(KnowledgeQuery.text("woord" + i)).isPresent()).count();
        assertTrue(kept <= SearchCache.MAX_ENTRIES && kept >= SearchCache.MAX_ENTRIES / 2, Long.toString(kept));
        assertTrue(cache.get(KnowledgeQuery.text("woord" + (SearchCache.MAX_ENTRIES * 2 - 1))).isPresent(),
                "the newest answer is kept");
    }
}
