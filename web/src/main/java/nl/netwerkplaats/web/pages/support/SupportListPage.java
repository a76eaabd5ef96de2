package nl.netwerkplaats.web.pages.support;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import nl.netwerkplaats.network.api.Support;
import nl.netwerkplaats.network.api.SupportOfferView;
import nl.netwerkplaats.network.api.SupportRequestSummary;
import nl.netwerkplaats.network.api.SupportStatus;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * The marketplace: requests for support (and, on the offers page, what is offered), searchable in Dutch. A plain
 * GET form ({@code ?q=&thema=&status=&pagina=}), so results have shareable URLs and the page needs no session.
 */
@Named
@RequestScoped
public class SupportListPage {

    static final int PAGE_SIZE = 20;

    @Inject
    private Support support;

    @Inject
    private ThemeCatalog themes;

    @Inject
    private CurrentUser currentUser;

    @Inject
    @Param(name = "q")
    private String text;

    @Inject
    @Param(name = "thema")
    private String themeParam;

    @Inject
    @Param(name = "status")
    private String statusParam;

    @Inject
    @Param(name = "pagina")
    private String pageParam;

    private Long themeId;
    private SupportStatus status;
    private int page = 1;
    private List<SupportRequestSummary> requests;
    private Long total;
    private List<SupportOfferView> offers;
    private Long offerTotal;

    @PostConstruct
    void read() {
        text = text == null || text.isBlank() ? null : text.strip();
        if (text != null && text.length() > 200) {
            text = text.substring(0, 200);
        }
        Long theme = parseLong(themeParam);
        themeId = theme != null && themes.find(theme).isPresent() ? theme : null;
        try {
            status = statusParam == null || statusParam.isBlank() ? null : SupportStatus.valueOf(statusParam.strip());
        } catch (IllegalArgumentException e) {
            status = null;
        }
        Long requested = parseLong(pageParam);
        page = requested == null || requested < 1 ? 1 : (int) Math.min(requested, 10_000);
    }

    private Long viewerId() {
        return currentUser.account().map(a -> a.id()).orElse(null);
    }

    public List<SupportRequestSummary> getRequests() {
        if (requests == null) {
            requests = support.requests(text, themeId, status, status == null, viewerId(), (page - 1) * PAGE_SIZE,
                    PAGE_SIZE);
        }
        return requests;
    }

    public long getTotal() {
        if (total == null) {
            total = support.countRequests(text, themeId, status, status == null);
        }
        return total;
    }

    public List<SupportOfferView> getOffers() {
        if (offers == null) {
            offers = support.offers(text, themeId, viewerId(), (page - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return offers;
    }

    public long getOfferTotal() {
        if (offerTotal == null) {
            offerTotal = support.countOffers(text, themeId);
        }
        return offerTotal;
    }

    public List<SupportStatus> getStatuses() {
        return List.of(SupportStatus.values());
    }

    /** The link to another page of these results. */
    public String pageLink(int targetPage) {
        StringBuilder query = new StringBuilder("?");
        if (text != null) {
            query.append("q=").append(java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8))
                    .append('&');
        }
        if (themeId != null) {
            query.append("thema=").append(themeId).append('&');
        }
        if (status != null) {
            query.append("status=").append(status.name()).append('&');
        }
        return query.append("pagina=").append(targetPage).toString();
    }

    private static Long parseLong(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getText() {
        return text;
    }

    public Long getThemeId() {
        return themeId;
    }

    public String getStatus() {
        return status == null ? null : status.name();
    }

    public int getPage() {
        return page;
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public boolean hasNext(long total) {
        return (long) page * PAGE_SIZE < total;
    }
}
