package nl.netwerkplaats.web.pages.knowledge;

import java.util.Locale;
import java.util.Optional;

import nl.netwerkplaats.kernel.reference.ReferenceData;
import nl.netwerkplaats.knowledge.api.KnowledgeQuery;
import nl.netwerkplaats.knowledge.api.KnowledgeType;
import nl.netwerkplaats.network.api.ThemeCatalog;

/**
 * Reads a knowledge search from query-string values, the same way for the page and the REST API. A value that
 * makes no sense (an unknown type, a theme that does not exist, page "abc") is left out rather than refused.
 */
public final class KnowledgeParameters {

    private KnowledgeParameters() {
    }

    public static KnowledgeQuery query(String text, String type, String theme, String municipality, String year,
                                       String sort, String page, int pageSize, ThemeCatalog themes) {
        return new KnowledgeQuery(text, type(type).orElse(null), themeId(theme, themes).orElse(null),
                municipality(municipality).orElse(null), number(year).filter(y -> y > 1900 && y < 3000)
                .map(Long::intValue).orElse(null), sort(sort), number(page).map(p -> (int) Math.min(p - 1, 10_000))
                .orElse(0), pageSize);
    }

    /** A theme by id or code, for callers outside this package. */
    public static Optional<Long> themeIdFor(String value, ThemeCatalog themes) {
        return themeId(value, themes);
    }

    public static Optional<Long> number(String value) {
        return positive(value);
    }

    static Optional<KnowledgeType> type(String value) {
        try {
            return value == null || value.isBlank() ? Optional.empty()
                    : Optional.of(KnowledgeType.valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A theme by id or by code ("eenzaamheid"). */
    static Optional<Long> themeId(String value, ThemeCatalog themes) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<Long> id = number(value);
        if (id.isPresent()) {
            return themes.find(id.get()).map(t -> t.id());
        }
        String code = value.strip().toLowerCase(Locale.ROOT);
        return themes.allThemes().stream().filter(t -> code.equals(t.code())).findFirst().map(t -> t.id());
    }

    static Optional<String> municipality(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String code = value.strip().toUpperCase(Locale.ROOT);
        return ReferenceData.get().municipality(code).map(m -> code);
    }

    static KnowledgeQuery.Sort sort(String value) {
        if (value == null) {
            return KnowledgeQuery.Sort.RELEVANCE;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "nieuwste", "newest" -> KnowledgeQuery.Sort.NEWEST;
            case "titel", "title" -> KnowledgeQuery.Sort.TITLE;
            default -> KnowledgeQuery.Sort.RELEVANCE;
        };
    }

    private static Optional<Long> positive(String value) {
        try {
            long n = value == null ? 0 : Long.parseLong(value.strip());
            return n > 0 ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
