package nl.netwerkplaats.web.pages.gatherings;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.function.Function;

import nl.netwerkplaats.events.api.GatheringKind;
import nl.netwerkplaats.kernel.reference.ReferenceData;

/**
 * The agenda's query string (thema, gemeente, soort, periode=afgelopen, maand=2026-12, pagina), read once. Values that do
 * not fit are dropped rather than obeyed or turned into an error, so a hand-edited link still shows an agenda.
 */
record AgendaParameters(Long themeId, String municipality, GatheringKind kind, boolean past, YearMonth month,
                        int page) {

    private static final int MAX_PAGE = 1000;

    static AgendaParameters from(Function<String, String> parameter) {
        String municipality = parameter.apply("gemeente");
        return new AgendaParameters(number(parameter.apply("thema")),
                municipality != null && ReferenceData.get().municipality(municipality).isPresent() ? municipality : null,
                kind(parameter.apply("soort")), "afgelopen".equals(parameter.apply("periode")),
                month(parameter.apply("maand")), page(parameter.apply("pagina")));
    }

    private static int page(String value) {
        Long page = number(value);
        return page == null || page < 1 || page > MAX_PAGE ? 1 : page.intValue();
    }

    /** The same list on another page. */
    String pageLink(int otherPage) {
        String q = link(past, null);
        return otherPage <= 1 ? q : q + (q.isEmpty() ? "?" : "&") + "pagina=" + otherPage;
    }

    /** The query string for these filters with another period or month, for links; starts with "?" or is "". */
    String link(boolean pastPeriod, YearMonth otherMonth) {
        StringBuilder q = new StringBuilder();
        append(q, "thema", themeId == null ? null : themeId.toString());
        append(q, "gemeente", municipality);
        append(q, "soort", kind == null ? null : kind.name());
        append(q, "periode", pastPeriod ? "afgelopen" : null);
        append(q, "maand", otherMonth == null ? null : otherMonth.toString());
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append(q.isEmpty() ? '?' : '&').append(name).append('=').append(value);
        }
    }

    private static YearMonth month(String value) {
        try {
            YearMonth month = value == null ? null : YearMonth.parse(value);
            return month != null && month.getYear() >= 2000 && month.getYear() <= 2100 ? month : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static GatheringKind kind(String value) {
        try {
            return value == null ? null : GatheringKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long number(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
