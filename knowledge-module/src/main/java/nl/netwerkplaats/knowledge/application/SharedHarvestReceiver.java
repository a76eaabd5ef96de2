package nl.netwerkplaats.knowledge.application;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import nl.netwerkplaats.events.api.HarvestShared;
import nl.netwerkplaats.events.api.HarvestType;
import nl.netwerkplaats.knowledge.api.KnowledgeDraft;
import nl.netwerkplaats.knowledge.api.KnowledgeItemView;
import nl.netwerkplaats.knowledge.api.KnowledgeItems;
import nl.netwerkplaats.knowledge.api.KnowledgeType;

/**
 * Harvest items that organisers sent to the knowledge bank when publishing a gathering's report become knowledge
 * items: written by that organiser, linked to the gathering, and handed to the editors for review (so nothing goes
 * public unchecked). Runs after the report's transaction committed; each item in its own transaction.
 */
@ApplicationScoped
public class SharedHarvestReceiver {

    private static final Logger LOG = Logger.getLogger(SharedHarvestReceiver.class.getName());
    private static final int TITLE_LENGTH = 120;

    @Inject
    private KnowledgeItems items;

    void receive(@Observes(during = TransactionPhase.AFTER_SUCCESS) HarvestShared shared) {
        for (HarvestShared.SharedItem item : shared.items()) {
            try {
                KnowledgeItemView created = items.create(shared.sharedBy(), draft(shared, item));
                items.submit(shared.sharedBy(), created.id());
            } catch (RuntimeException e) {
                // One bad item must not stop the others; the organiser can still write it up by hand.
                LOG.log(Level.WARNING, "Harvest item " + item.itemId() + " of gathering " + shared.gatheringId()
                        + " could not become a knowledge item", e);
            }
        }
    }

    static KnowledgeDraft draft(HarvestShared shared, HarvestShared.SharedItem item) {
        String text = item.text().strip();
        String title = text.length() <= TITLE_LENGTH ? text : text.substring(0, TITLE_LENGTH - 1).strip() + "…";
        String where = "Geoogst op " + shared.gatheringTitle()
                + (item.tableNumber() == null ? "" : ", tafel " + item.tableNumber())
                + (item.roundTitle() == null ? "" : ", ronde \"" + item.roundTitle() + "\"") + ".";
        String summary = text.length() <= 900 ? text : text.substring(0, 899) + "…";
        StringBuilder body = new StringBuilder("<p>").append(escape(text)).append("</p>");
        if (item.question() != null) {
            body.append("<p><em>").append(escape(item.question())).append("</em></p>");
        }
        body.append("<p>").append(escape(where)).append("</p>");
        return new KnowledgeDraft(title, type(item.type()), null, summary, body.toString(), null, null, null,
                shared.gatheringId());
    }

    private static KnowledgeType type(HarvestType type) {
        return switch (type) {
            case BEST_PRACTICE -> KnowledgeType.BEST_PRACTICE;
            case CASUS -> KnowledgeType.CASUS;
            case KNELPUNT -> KnowledgeType.KNELPUNT;
            case RODE_DRAAD -> KnowledgeType.RODE_DRAAD;
            case KERNBOODSCHAP -> KnowledgeType.KERNBOODSCHAP;
            default -> KnowledgeType.GELEERDE_LES;
        };
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
