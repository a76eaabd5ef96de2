package nl.netwerkplaats.web.pages.knowledge;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.knowledge.api.KnowledgeThreads;

/** Rode draden and kernboodschappen across all gatherings, per theme, similar ones as one thread. */
@Named
@RequestScoped
public class ThreadsPage {

    @Inject
    private KnowledgeThreads threads;

    @Inject
    private GatheringChoice gatheringChoice;

    private List<KnowledgeThreads.ThemeThreads> themes;

    /** The title of a public gathering, or null (then the page shows its number). */
    public String gatheringTitle(Long gatheringId) {
        return gatheringChoice.title(gatheringId);
    }

    public List<KnowledgeThreads.ThemeThreads> getThemes() {
        if (themes == null) {
            themes = threads.threads();
        }
        return themes;
    }
}
