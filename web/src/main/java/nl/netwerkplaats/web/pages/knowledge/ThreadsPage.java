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

    private List<KnowledgeThreads.ThemeThreads> themes;

    public List<KnowledgeThreads.ThemeThreads> getThemes() {
        if (themes == null) {
            themes = threads.threads();
        }
        return themes;
    }
}
