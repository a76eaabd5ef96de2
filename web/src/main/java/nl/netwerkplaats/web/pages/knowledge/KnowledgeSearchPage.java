package nl.netwerkplaats.web.pages.knowledge;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import nl.netwerkplaats.knowledge.api.KnowledgeQuery;
import nl.netwerkplaats.knowledge.api.KnowledgeResult;
import nl.netwerkplaats.knowledge.api.KnowledgeSearch;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.web.i18n.Messages;
import nl.netwerkplaats.web.pages.Choices;

/**
 * The kennisbank's search page. A plain GET form: every search and every facet is a link, so the page keeps no
 * state and a visitor gets no session. The same {@link KnowledgeSearch} serves {@code /api/knowledge}.
 */
@Named
@RequestScoped
public class KnowledgeSearchPage {

    static final int PAGE_SIZE = 10;

    @Inject
    private KnowledgeSearch search;

    @Inject
    private ThemeCatalog themes;

    @Inject
    private Messages messages;

    @Inject
    private Choices choices;

    @Inject @Param(name = "q")
    private String q;
    @Inject @Param(name = "soort")
    private String type;
    @Inject @Param(name = "thema")
    private String theme;
    @Inject @Param(name = "gemeente")
    private String municipality;
    @Inject @Param(name = "jaar")
    private String year;
    @Inject @Param(name = "sorteer")
    private String sort;
    @Inject @Param(name = "pagina")
    private String page;

    private KnowledgeQuery query;
    private KnowledgeResult result;

    @PostConstruct
    void load() {
        query = KnowledgeParameters.query(q, type, theme, municipality, year, sort, page, PAGE_SIZE, themes);
        result = search.search(query);
    }

    public KnowledgeQuery getQuery() {
        return query;
    }

    public KnowledgeResult getResult() {
        return result;
    }

    public String getSortName() {
        return switch (query.sort()) {
            case NEWEST -> "nieuwste";
            case TITLE -> "titel";
            case RELEVANCE -> "relevantie";
        };
    }

    public boolean isFiltered() {
        return query.type() != null || query.themeId() != null || query.municipalityCode() != null
                || query.year() != null;
    }

    /** The same words and order without any filter. */
    public String getClearFiltersLink() {
        Map<String, String> parameters = current();
        parameters.keySet().retainAll(java.util.Set.of("q", "sorteer"));
        return toQueryString(parameters);
    }

    /** What a facet value reads as: the type's label, the theme's or municipality's name, or the year. */
    public String facetLabel(String kind, String value) {
        return switch (kind) {
            case "type" -> messages.get("knowledge.type." + value);
            case "theme" -> choices.themeName(Long.valueOf(value));
            case "municipality" -> choices.municipalityName(value);
            default -> value;
        };
    }

    /** The link to this search with one parameter set to a value (or removed when null), from page 1. */
    public String link(String name, Object value) {
        Map<String, String> parameters = current();
        parameters.remove("pagina");
        if (value == null || value.toString().isEmpty()) {
            parameters.remove(name);
        } else {
            parameters.put(name, value.toString());
        }
        return toQueryString(parameters);
    }

    public String pageLink(int pageNumber) {
        Map<String, String> parameters = current();
        parameters.put("pagina", Integer.toString(pageNumber));
        return toQueryString(parameters);
    }

    private Map<String, String> current() {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query.text() != null) {
            parameters.put("q", query.text());
        }
        if (query.type() != null) {
            parameters.put("soort", query.type().name());
        }
        if (query.themeId() != null) {
            parameters.put("thema", query.themeId().toString());
        }
        if (query.municipalityCode() != null) {
            parameters.put("gemeente", query.municipalityCode());
        }
        if (query.year() != null) {
            parameters.put("jaar", query.year().toString());
        }
        if (query.sort() != KnowledgeQuery.Sort.RELEVANCE) {
            parameters.put("sorteer", getSortName());
        }
        return parameters;
    }

    private static String toQueryString(Map<String, String> parameters) {
        return parameters.isEmpty() ? "?" : "?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
