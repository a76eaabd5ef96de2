package nl.netwerkplaats.web.pages;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringSummary;
import nl.netwerkplaats.knowledge.api.KnowledgeBank;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.ThemeCatalog;

/** The front page: how large the network is, and what comes next. */
@Named
@RequestScoped
public class HomePage {

    private static final int NEXT_GATHERINGS = 3;

    @Inject
    private Accounts accounts;

    @Inject
    private ThemeCatalog themes;

    @Inject
    private GatheringCalendar calendar;

    @Inject
    private KnowledgeBank knowledge;

    private long members;
    private long themeCount;
    private long upcomingCount;
    private long knowledgeCount;
    private List<GatheringSummary> nextGatherings;

    @PostConstruct
    void load() {
        members = accounts.countAccounts();
        themeCount = themes.activeThemes().size();
        upcomingCount = calendar.countUpcoming();
        knowledgeCount = knowledge.countPublished();
        nextGatherings = calendar.upcoming(NEXT_GATHERINGS);
    }

    public long getMembers() {
        return members;
    }

    public long getThemeCount() {
        return themeCount;
    }

    public long getUpcomingCount() {
        return upcomingCount;
    }

    public long getKnowledgeCount() {
        return knowledgeCount;
    }

    public List<GatheringSummary> getNextGatherings() {
        return nextGatherings;
    }
}
