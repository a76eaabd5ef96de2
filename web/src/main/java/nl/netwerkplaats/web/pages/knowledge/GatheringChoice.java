package nl.netwerkplaats.web.pages.knowledge;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.events.api.AgendaQuery;
import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringSummary;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * Gatherings as the knowledge pages offer and name them, read through the events module's calendar: a list to choose
 * from (the upcoming ones and the most recent past ones, newest first, "date – title") and a gathering's title.
 */
@Named
@RequestScoped
public class GatheringChoice {

    static final int PAST = 300;
    static final int UPCOMING = 100;
    private static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d-M-yyyy");

    @Inject
    private GatheringCalendar gatherings;

    @Inject
    private CurrentUser currentUser;

    private List<SelectItem> items;
    private final Map<Long, String> titles = new HashMap<>();

    /** The gatherings to choose from; {@code current} (already chosen, perhaps older) stays in the list. */
    public List<SelectItem> items(Long current) {
        if (items == null) {
            Map<Long, GatheringSummary> byId = new LinkedHashMap<>();
            gatherings.upcoming(UPCOMING).forEach(g -> byId.put(g.id(), g));
            gatherings.agenda(new AgendaQuery(true, null, null, null, null, null, 0, PAST))
                    .forEach(g -> byId.put(g.id(), g));
            List<SelectItem> options = new ArrayList<>(byId.values().stream()
                    .sorted(Comparator.comparing(GatheringSummary::startsAt).reversed())
                    .map(g -> new SelectItem(g.id(), label(g.startsAt(), g.title()))).toList());
            if (current != null && !byId.containsKey(current)) {
                gatherings.find(current, viewer()).ifPresent(g -> options.add(0,
                        new SelectItem(g.id(), label(g.startsAt(), g.title()))));
            }
            items = options;
        }
        return items;
    }

    /** The title of a gathering the viewer may see, or null. */
    public String title(Long gatheringId) {
        if (gatheringId == null) {
            return null;
        }
        String title = titles.computeIfAbsent(gatheringId,
                id -> gatherings.find(id, viewer()).map(GatheringView::title).orElse(""));
        return title.isEmpty() ? null : title;
    }

    private Long viewer() {
        return currentUser.isSignedIn() ? currentUser.id() : null;
    }

    private static String label(OffsetDateTime startsAt, String title) {
        return (startsAt == null ? "" : startsAt.atZoneSameInstant(DUTCH_TIME).toLocalDate().format(DAY) + " – ") + title;
    }
}
