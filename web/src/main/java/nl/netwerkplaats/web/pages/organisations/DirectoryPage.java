package nl.netwerkplaats.web.pages.organisations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Utils;

import nl.netwerkplaats.kernel.reference.ReferenceData;
import nl.netwerkplaats.network.api.Audience;
import nl.netwerkplaats.network.api.Directory;
import nl.netwerkplaats.network.api.DirectoryQuery;
import nl.netwerkplaats.network.api.DirectoryResult;
import nl.netwerkplaats.network.api.OrganisationKind;
import nl.netwerkplaats.network.api.PeopleResult;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * The sociale kaart. Everything is in the query string (q, soort, thema, gemeente, provincie, pagina, wie), so a
 * search is a link that can be shared and bookmarked.
 */
@Named
@RequestScoped
public class DirectoryPage {

    @Inject
    private Directory directory;

    @Inject
    private CurrentUser currentUser;

    @Inject
    @Param(name = "q")
    private String text;

    @Inject
    @Param(name = "soort")
    private String kind;

    @Inject
    @Param(name = "thema")
    private String theme;

    @Inject
    @Param(name = "gemeente")
    private String municipality;

    @Inject
    @Param(name = "provincie")
    private String province;

    @Inject
    @Param(name = "pagina")
    private String pageParam;

    @Inject
    @Param(name = "wie")
    private String who;

    private DirectoryQuery query;
    private DirectoryResult result;
    private PeopleResult people;

    @PostConstruct
    void search() {
        text = text == null || text.isBlank() ? null : text.strip().substring(0, Math.min(text.strip().length(), 200));
        OrganisationKind kindValue = parseKind(kind);
        kind = kindValue == null ? null : kindValue.name();
        Long themeId = parseLong(theme);
        theme = themeId == null ? null : theme;
        municipality = municipality != null && ReferenceData.get().municipality(municipality).isPresent()
                ? municipality : null;
        province = province != null && ReferenceData.get().province(province).isPresent() ? province : null;
        Long page = parseLong(pageParam);
        int pageNumber = page == null || page < 1 || page > 10_000 ? 1 : page.intValue();
        if ("mensen".equals(who)) {
            people = directory.people(text, currentUser.isSignedIn() ? Audience.MEMBERS : Audience.VISITORS,
                    pageNumber);
            query = new DirectoryQuery(text, null, null, null, null, pageNumber, Directory.PAGE_SIZE);
        } else {
            who = null;
            query = new DirectoryQuery(text, kindValue, themeId, municipality, province, pageNumber,
                    Directory.PAGE_SIZE);
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
        put(params, "wie", who);
        put(params, "q", text);
        put(params, "soort", kind);
        put(params, "thema", theme);
        put(params, "provincie", province);
        put(params, "gemeente", municipality);
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

    private static OrganisationKind parseKind(String value) {
        try {
            return value == null ? null : OrganisationKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long parseLong(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
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
        return text;
    }

    public String getKind() {
        return kind;
    }

    public String getTheme() {
        return theme;
    }

    public String getMunicipality() {
        return municipality;
    }

    public String getProvince() {
        return province;
    }
}
