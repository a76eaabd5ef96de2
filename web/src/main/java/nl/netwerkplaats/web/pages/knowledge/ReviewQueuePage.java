package nl.netwerkplaats.web.pages.knowledge;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.knowledge.api.KnowledgeItemView;
import nl.netwerkplaats.knowledge.api.KnowledgeCommunity;
import nl.netwerkplaats.knowledge.api.KnowledgeItems;
import nl.netwerkplaats.knowledge.api.ReportView;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.security.CurrentUser;

/** The editors' page: items waiting for review, and open reports of abuse. */
@Named
@RequestScoped
public class ReviewQueuePage {

    @Inject
    private KnowledgeItems items;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private KnowledgeCommunity community;

    @Inject
    private Feedback feedback;

    private List<KnowledgeItemView> queue;
    private List<ReportView> reports;

    public List<ReportView> getReports() {
        if (reports == null) {
            reports = community.openReports(currentUser.id());
        }
        return reports;
    }

    public void hide(ReportView report) {
        community.hideReaction(currentUser.id(), report.reactionId(), report.reason());
        feedback.info("knowledge.report.hidden");
        reports = null;
    }

    public void dismiss(ReportView report) {
        community.dismissReport(currentUser.id(), report.id());
        feedback.info("knowledge.report.dismissed");
        reports = null;
    }

    public List<KnowledgeItemView> getQueue() {
        if (queue == null) {
            queue = items.reviewQueue(currentUser.id());
        }
        return queue;
    }
}
