package nl.netwerkplaats.web.pages.knowledge;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.knowledge.api.KnowledgeItemView;
import nl.netwerkplaats.knowledge.api.KnowledgeItems;
import nl.netwerkplaats.web.security.CurrentUser;

/** The editors' page: items waiting for review. */
@Named
@RequestScoped
public class ReviewQueuePage {

    @Inject
    private KnowledgeItems items;

    @Inject
    private CurrentUser currentUser;

    private List<KnowledgeItemView> queue;

    public List<KnowledgeItemView> getQueue() {
        if (queue == null) {
            queue = items.reviewQueue(currentUser.id());
        }
        return queue;
    }
}
