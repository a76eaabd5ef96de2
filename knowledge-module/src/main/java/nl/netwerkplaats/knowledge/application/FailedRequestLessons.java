package nl.netwerkplaats.knowledge.application;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import nl.netwerkplaats.knowledge.api.KnowledgeDraft;
import nl.netwerkplaats.knowledge.api.KnowledgeItemView;
import nl.netwerkplaats.knowledge.api.KnowledgeItems;
import nl.netwerkplaats.knowledge.api.KnowledgeType;
import nl.netwerkplaats.network.api.Support;
import nl.netwerkplaats.network.api.SupportRequestFailed;
import nl.netwerkplaats.network.api.SupportRequestView;

/**
 * "Pass the story on": when a support request is closed as "niet gelukt", its lesson is offered to the knowledge
 * bank as a knowledge item of the type "geleerde les", written by whoever closed the request and handed to the
 * editors for review (they publish it, or send it back). It runs after the network module committed the closing,
 * in a transaction of its own, so a failure here never undoes the closing, and a rolled-back closing offers nothing.
 */
@Stateless
public class FailedRequestLessons {

    private static final Logger LOG = Logger.getLogger(FailedRequestLessons.class.getName());

    @Inject
    private Support support;

    @Inject
    private KnowledgeItems items;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void offer(@Observes(during = TransactionPhase.AFTER_SUCCESS) SupportRequestFailed event) {
        SupportRequestView request = support.request(event.requestId(), event.actorId()).orElse(null);
        if (request == null || request.lesson() == null || request.lesson().isBlank()) {
            return;
        }
        String lesson = request.lesson().strip();
        String summary = lesson.length() <= KnowledgeDraft.MAX_SUMMARY ? lesson
                : lesson.substring(0, KnowledgeDraft.MAX_SUMMARY - 1) + "…";
        KnowledgeDraft draft = new KnowledgeDraft(request.title(), KnowledgeType.GELEERDE_LES, null, summary,
                paragraphs(lesson), request.themeIds(),
                request.municipalityCode() == null ? List.of() : List.of(request.municipalityCode()),
                request.organisationId() == null ? List.of() : List.of(request.organisationId()), null);
        KnowledgeItemView item = items.create(event.actorId(), draft);
        items.submit(event.actorId(), item.id());
        LOG.log(Level.FINE, "Lesson of support request {0} offered as knowledge item {1}",
                new Object[] {event.requestId(), item.id()});
    }

    /** The lesson as safe HTML: its own paragraphs, every character escaped. */
    static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(escape(paragraph.strip()).replaceAll("\\R", "<br>")).append("</p>");
            }
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
