package nl.netwerkplaats.web.pages.gatherings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** Dates and times of gatherings as people read them: in Dutch time, in the visitor's language. */
@Named("times")
@ApplicationScoped
public class GatheringTimes {

    /** "zaterdag 12 december 2026, 13:00–17:00", or with both days when it lasts longer. */
    public String span(OffsetDateTime start, OffsetDateTime end) {
        return span(start, end, locale());
    }

    private static final DateTimeFormatter DAY_NL = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
            Locale.forLanguageTag("nl"));
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    static String span(OffsetDateTime start, OffsetDateTime end, Locale locale) {
        if (start == null || end == null) {
            return "";
        }
        ZonedDateTime s = start.atZoneSameInstant(AgendaPage.DUTCH_TIME);
        ZonedDateTime e = end.atZoneSameInstant(AgendaPage.DUTCH_TIME);
        DateTimeFormatter day = "en".equals(locale.getLanguage()) ? DAY_EN : DAY_NL;
        DateTimeFormatter time = TIME;
        if (s.toLocalDate().equals(e.toLocalDate())) {
            return day.format(s) + ", " + time.format(s) + "–" + time.format(e);
        }
        return day.format(s) + " " + time.format(s) + " – " + day.format(e) + " " + time.format(e);
    }

    /** "12 december 2026 13:00". */
    public String moment(OffsetDateTime moment) {
        return moment == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale())
                .format(moment.atZoneSameInstant(AgendaPage.DUTCH_TIME));
    }

    /** "HH:mm" in Dutch time. */
    public String time(OffsetDateTime moment) {
        return moment == null ? "" : TIME.format(moment.atZoneSameInstant(AgendaPage.DUTCH_TIME));
    }

    /** ISO 8601 for the {@code datetime} attribute of {@code <time>}. */
    public String iso(OffsetDateTime moment) {
        return moment == null ? "" : moment.toInstant().toString();
    }

    public String monthName(YearMonth month) {
        return month == null ? "" : DateTimeFormatter.ofPattern("MMMM yyyy", locale()).format(month);
    }

    public String dayLong(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("EEEE d MMMM", locale()).format(date);
    }

    public String weekdayShort(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, locale());
    }

    public String weekdayFull(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, locale());
    }

    /** The value of an {@code <input type="datetime-local">}. */
    public String local(OffsetDateTime moment) {
        return moment == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
                .format(moment.atZoneSameInstant(AgendaPage.DUTCH_TIME));
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces == null || faces.getViewRoot() == null ? null : faces.getViewRoot().getLocale();
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("nl");
    }
}
