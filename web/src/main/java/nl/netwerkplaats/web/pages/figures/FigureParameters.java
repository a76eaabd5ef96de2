package nl.netwerkplaats.web.pages.figures;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import nl.netwerkplaats.kernel.figures.FigureFilter;
import nl.netwerkplaats.kernel.reference.ReferenceData;

/**
 * The filters of the overview as they stand in the address ({@code ?van=2026-01-01&tot=2026-06-30&provincie=PV21
 * &thema=3}), so a view can be bookmarked and shared; the CSV and PDF downloads take the same parameters. A value
 * that makes no sense is replaced by the default and named in {@link #problems()} (bundle keys), never an error page.
 */
public final class FigureParameters {

    private final FigureFilter filter;
    private final List<String> problems;

    private FigureParameters(FigureFilter filter, List<String> problems) {
        this.filter = filter;
        this.problems = List.copyOf(problems);
    }

    /** Defaults: the last twelve months up to today, all provinces, all themes. */
    public static FigureParameters from(Function<String, String> parameter, LocalDate today) {
        List<String> problems = new ArrayList<>();
        LocalDate to = date(parameter.apply("tot"), today, "figures.problem.to", problems);
        LocalDate from = date(parameter.apply("van"), to.withDayOfMonth(1).minusMonths(11), "figures.problem.from",
                problems);
        if (to.isBefore(from)) {
            problems.add("figures.problem.order");
            from = to.withDayOfMonth(1).minusMonths(11);
        }
        if (to.isAfter(from.plusDays(FigureFilter.MAX_DAYS))) {
            problems.add("figures.problem.long");
            from = to.minusDays(FigureFilter.MAX_DAYS);
        }
        String province = trimmed(parameter.apply("provincie"));
        if (province != null && ReferenceData.get().province(province).isEmpty()) {
            problems.add("figures.problem.province");
            province = null;
        }
        Long theme = null;
        String themeText = trimmed(parameter.apply("thema"));
        if (themeText != null) {
            try {
                theme = Long.valueOf(themeText);
            } catch (NumberFormatException e) {
                problems.add("figures.problem.theme");
            }
        }
        return new FigureParameters(new FigureFilter(from, to, province, theme), problems);
    }

    private static LocalDate date(String text, LocalDate fallback, String problem, List<String> problems) {
        String value = trimmed(text);
        if (value == null) {
            return fallback;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.getYear() < 2000 || date.getYear() > 2100) {
                problems.add(problem);
                return fallback;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(problem);
            return fallback;
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Checks the theme against the known ones; an unknown id is dropped with a problem. */
    public FigureParameters withKnownTheme(java.util.function.LongPredicate known) {
        if (filter.themeId() == null || known.test(filter.themeId())) {
            return this;
        }
        List<String> more = new ArrayList<>(problems);
        more.add("figures.problem.theme");
        return new FigureParameters(new FigureFilter(filter.from(), filter.to(), filter.provinceCode(), null), more);
    }

    public FigureFilter filter() {
        return filter;
    }

    public List<String> problems() {
        return problems;
    }

    /** The query string of this filter ({@code van=…&tot=…[&provincie=…][&thema=…]}), for links and downloads. */
    public String query() {
        StringBuilder q = new StringBuilder("van=").append(filter.from()).append("&tot=").append(filter.to());
        if (filter.provinceCode() != null) {
            q.append("&provincie=").append(filter.provinceCode());
        }
        if (filter.themeId() != null) {
            q.append("&thema=").append(filter.themeId());
        }
        return q.toString();
    }
}
