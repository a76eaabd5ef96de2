package nl.netwerkplaats.web.pages.admin;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import nl.netwerkplaats.network.api.AuditEntryView;
import nl.netwerkplaats.network.api.AuditLog;

/** The audit log, newest first, filtered by action and actor through the query string. */
@Named
@RequestScoped
public class AuditLogPage {

    private static final int PAGE_SIZE = 50;

    @Inject
    private AuditLog audit;

    @Inject
    @Param(name = "actie")
    private String action;

    @Inject
    @Param(name = "door")
    private String actor;

    @Inject
    @Param(name = "pagina")
    private String pageParam;

    private List<AuditEntryView> entries;
    private long total;
    private int page;

    @PostConstruct
    void load() {
        action = action == null || !action.matches("[a-z.-]{1,60}") ? null : action;
        Long actorId = actor != null && actor.matches("\\d{1,18}") ? Long.valueOf(actor) : null;
        actor = actorId == null ? null : actor;
        page = pageParam != null && pageParam.matches("\\d{1,5}") ? Math.max(1, Integer.parseInt(pageParam)) : 1;
        total = audit.count(action, actorId);
        entries = audit.search(action, actorId, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    public List<String> getActions() {
        return List.of("person.role-granted", "person.role-revoked", "person.locked", "person.unlocked",
                "organisation.verified", "organisation.merged", "organisation.changed",
                "organisation.member-accepted", "organisation.member-removed", "organisation.contact-changed",
                "loket.added", "loket.changed", "loket.removed", "group.member-removed",
                // knowledge bank (issue 7)
                "knowledge.published", "knowledge.sent-back", "knowledge.archived", "knowledge.edited",
                "knowledge.marked-well-described", "knowledge.mark-withdrawn", "knowledge.reaction-hidden",
                "knowledge.report-dismissed");
    }

    public boolean isHasNext() {
        return (long) page * PAGE_SIZE < total;
    }

    public List<AuditEntryView> getEntries() {
        return entries;
    }

    public long getTotal() {
        return total;
    }

    public int getPage() {
        return page;
    }

    public String getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }
}
