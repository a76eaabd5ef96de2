package nl.netwerkplaats.web.pages.organisations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Utils;

import nl.netwerkplaats.network.api.Audience;
import nl.netwerkplaats.network.api.Directory;
import nl.netwerkplaats.network.api.DirectoryQuery;
import nl.netwerkplaats.network.api.DirectoryResult;
import nl.netwerkplaats.network.api.PeopleResult;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * The sociale kaart. Everything is in the query string ({@link DirectoryParameters}), so a search is a link that
 * can be shared and bookmarked.
 */
@Named
@RequestScoped
public class DirectoryPage {

    @Inject
    private Directory directory;

    @Inject
    private CurrentUser currentUser;

    private DirectoryParameters parameters;
    private DirectoryQuery query;
    private DirectoryResult result;
    private PeopleResult people;

    @PostConstruct
    void search() {
        parameters = DirectoryParameters.from(Faces::getRequestParameter);
        query = parameters.query(Directory.PAGE_SIZE);
        if (parameters.people()) {
            people = directory.people(parameters.text(),
                    currentUser.isSignedIn() ? Audience.MEMBERS : Audience.VISITORS, query.page());
        } else {
            result = directory.organisations(query);
        }
    }

    /** The current search with one parameter changed (null removes it), as a query string. */
    public String link(String name, Object value) {
        Map<String, String> params = current();
        if (value == null || value.toString().isEmpty()) {
            params.remove(name);
        } else {
            params.put(name, value.toString());
        }
        if (!"pagina".equals(name)) {
            params.remove("pagina");
        }
        StringBuilder link = new StringBuilder("?");
        params.forEach((k, v) -> link.append(link.length() > 1 ? "&" : "").append(k).append('=')
                .append(Utils.encodeURL(v)));
        return link.toString();
    }

    private Map<String, String> current() {
        Map<String, String> params = new LinkedHashMap<>();
        put(params, "wie", parameters.people() ? "mensen" : null);
        put(params, "q", getText());
        put(params, "soort", getKind());
        put(params, "thema", getTheme());
        put(params, "provincie", getProvince());
        put(params, "gemeente", getMunicipality());
        if (query.page() > 1) {
            params.put("pagina", Integer.toString(query.page()));
        }
        return params;
    }

    private static void put(Map<String, String> params, String name, String value) {
        if (value != null) {
            params.put(name, value);
        }
    }

    public long getTotal() {
        return result != null ? result.total() : people.total();
    }

    public int getPageCount() {
        return (int) Math.max(1, (getTotal() + Directory.PAGE_SIZE - 1) / Directory.PAGE_SIZE);
    }

    public List<Integer> getPages() {
        List<Integer> pages = new ArrayList<>();
        int from = Math.max(1, query.page() - 4);
        int to = Math.min(getPageCount(), from + 9);
        for (int p = from; p <= to; p++) {
            pages.add(p);
        }
        return pages;
    }

    public DirectoryQuery getQuery() {
        return query;
    }

    public DirectoryResult getResult() {
        return result;
    }

    public PeopleResult getPeople() {
        return people;
    }

    public boolean isPeopleTab() {
        return people != null;
    }

    public String getText() {
        return parameters.text();
    }

    public String getKind() {
        return parameters.people() || parameters.kind() == null ? null : parameters.kind().name();
    }

    public String getTheme() {
        return parameters.people() || parameters.themeId() == null ? null : parameters.themeId().toString();
    }

    public String getMunicipality() {
        return parameters.people() ? null : parameters.municipality();
    }

    public String getProvince() {
        return parameters.people() ? null : parameters.province();
    }
}
