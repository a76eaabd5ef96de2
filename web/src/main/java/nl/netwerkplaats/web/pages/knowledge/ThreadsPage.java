package nl.netwerkplaats.web.pages.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.knowledge.api.KnowledgeThreads;

/** Rode draden and kernboodschappen across all gatherings, per theme, similar ones as one thread. */
@Named
@RequestScoped
public class ThreadsPage {

    @Inject
    private KnowledgeThreads threads;

    @Inject
    private GatheringCalendar gatherings;

    private List<KnowledgeThreads.ThemeThreads> themes;
    private final Map<Long, String> gatheringTitles = new HashMap<>();

    /** The title of a public gathering, or null (then the page shows its number). */
    public String gatheringTitle(Long gatheringId) {
        if (gatheringId == null) {
            return null;
        }
        String title = gatheringTitles.computeIfAbsent(gatheringId,
                id -> gatherings.find(id, null).map(GatheringView::title).orElse(""));
        return title.isEmpty() ? null : title;
    }

    public List<KnowledgeThreads.ThemeThreads> getThemes() {
        if (themes == null) {
            themes = threads.threads();
        }
        return themes;
    }
}
