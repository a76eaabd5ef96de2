package nl.netwerkplaats.web.pages.gatherings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.events.api.AgendaQuery;
import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringKind;
import nl.netwerkplaats.events.api.GatheringSummary;
import nl.netwerkplaats.kernel.reference.Municipality;
import nl.netwerkplaats.kernel.reference.ReferenceData;

/**
 * The agenda: upcoming or past gatherings, or one month as a calendar, filtered by the query string. Stateless
 * (a GET form, no session), so anyone may bookmark or share a filtered agenda.
 */
@Named
@RequestScoped
public class AgendaPage {

    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final int MAX = 200;
    static final int PAGE_SIZE = 30;

    @Inject
    private GatheringCalendar calendar;

    private AgendaParameters parameters;
    private List<GatheringSummary> gatherings;
    private List<List<Day>> weeks = List.of();
    private long total;

    /** One cell of the month view. */
    public record Day(LocalDate date, boolean inMonth, List<GatheringSummary> gatherings) {
    }

    @PostConstruct
    void load() {
        Map<String, String> query = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        parameters = AgendaParameters.from(query::get);
        YearMonth month = parameters.month();
        if (month != null) {
            OffsetDateTime from = month.atDay(1).atStartOfDay(DUTCH_TIME).toOffsetDateTime();
            OffsetDateTime until = month.plusMonths(1).atDay(1).atStartOfDay(DUTCH_TIME).toOffsetDateTime();
            gatherings = calendar.agenda(new AgendaQuery(false, from, until, parameters.themeId(),
                    parameters.municipality(), parameters.kind(), 0, MAX));
            weeks = weeks(month, gatherings);
        } else {
            AgendaQuery selection = new AgendaQuery(parameters.past(), null, null, parameters.themeId(),
                    parameters.municipality(), parameters.kind(), (parameters.page() - 1) * PAGE_SIZE, PAGE_SIZE);
            gatherings = calendar.agenda(selection);
            total = gatherings.size() < PAGE_SIZE && parameters.page() == 1 ? gatherings.size()
                    : calendar.count(selection);
        }
    }

    private static List<List<Day>> weeks(YearMonth month, List<GatheringSummary> gatherings) {
        Map<LocalDate, List<GatheringSummary>> byDay = new TreeMap<>();
        for (GatheringSummary g : gatherings) {
            byDay.computeIfAbsent(g.startsAt().atZoneSameInstant(DUTCH_TIME).toLocalDate(), d -> new ArrayList<>())
                    .add(g);
        }
        LocalDate first = month.atDay(1);
        LocalDate day = first.minusDays(first.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue());
        List<List<Day>> weeks = new ArrayList<>();
        while (!day.isAfter(month.atEndOfMonth())) {
            List<Day> week = new ArrayList<>();
            for (int i = 0; i < 7; i++, day = day.plusDays(1)) {
                week.add(new Day(day, YearMonth.from(day).equals(month), byDay.getOrDefault(day, List.of())));
            }
            weeks.add(week);
        }
        return weeks;
    }

    public List<GatheringSummary> getGatherings() {
        return gatherings;
    }

    public int getPage() {
        return parameters.page();
    }

    public boolean isHasPreviousPage() {
        return parameters.page() > 1;
    }

    public boolean isHasNextPage() {
        return (long) parameters.page() * PAGE_SIZE < total;
    }

    public String getPreviousPageLink() {
        return parameters.pageLink(parameters.page() - 1);
    }

    public String getNextPageLink() {
        return parameters.pageLink(parameters.page() + 1);
    }

    public List<List<Day>> getWeeks() {
        return weeks;
    }

    public boolean isMonthView() {
        return parameters.month() != null;
    }

    public boolean isPast() {
        return parameters.past() && parameters.month() == null;
    }

    public YearMonth getMonth() {
        return parameters.month() != null ? parameters.month() : YearMonth.now(DUTCH_TIME);
    }

    public Long getThemeId() {
        return parameters.themeId();
    }

    public String getMunicipality() {
        return parameters.municipality();
    }

    public GatheringKind getKind() {
        return parameters.kind();
    }

    public List<GatheringKind> getKinds() {
        return Arrays.asList(GatheringKind.values());
    }

    public boolean isFiltered() {
        return parameters.themeId() != null || parameters.municipality() != null || parameters.kind() != null;
    }

    /** Links that keep the filters: upcoming, past, this month, the previous and next month. */
    public String getUpcomingLink() {
        return parameters.link(false, null);
    }

    public String getPastLink() {
        return parameters.link(true, null);
    }

    public String getMonthLink() {
        return parameters.link(false, getMonth());
    }

    public String getPreviousMonthLink() {
        return parameters.link(false, getMonth().minusMonths(1));
    }

    public String getNextMonthLink() {
        return parameters.link(false, getMonth().plusMonths(1));
    }

    /** The feed for the chosen theme, or for everything. */
    public String getFeedLink() {
        return "api/gatherings/feed.ics" + (parameters.themeId() == null ? "" : "?theme=" + parameters.themeId());
    }

    public LocalDate getMonthStart() {
        return getMonth().atDay(1);
    }

    public List<Municipality> municipalitiesOf(String provinceCode) {
        return ReferenceData.get().municipalitiesIn(provinceCode);
    }

    public List<DayOfWeek> getWeekdays() {
        return Arrays.asList(DayOfWeek.values());
    }
}
