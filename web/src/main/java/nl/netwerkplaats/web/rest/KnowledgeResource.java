package nl.netwerkplaats.web.rest;

import java.io.StringWriter;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import nl.netwerkplaats.knowledge.api.FacetCount;
import nl.netwerkplaats.knowledge.api.KnowledgeBank;
import nl.netwerkplaats.knowledge.api.KnowledgeQuery;
import nl.netwerkplaats.knowledge.api.KnowledgeResult;
import nl.netwerkplaats.knowledge.api.KnowledgeSearch;
import nl.netwerkplaats.knowledge.api.KnowledgeSummary;
import nl.netwerkplaats.network.api.ThemeCatalog;
import nl.netwerkplaats.network.api.ThemeView;
import nl.netwerkplaats.web.pages.knowledge.KnowledgeParameters;

/**
 * The knowledge bank over HTTP: the search the kennisbank page uses, as JSON, and an Atom feed of new items per
 * theme. Read-only; published items only.
 */
@Path("knowledge")
public class KnowledgeResource {

    static final String ATOM = "application/atom+xml";

    @Inject
    private KnowledgeBank bank;

    @Inject
    private KnowledgeSearch search;

    @Inject
    private ThemeCatalog themes;

    @Context
    private UriInfo uri;

    /**
     * Snippets are HTML: escaped text with the matched words in {@code <mark>}. Pages count from 1. When
     * {@code totalExact} is false the text matched more items than are counted: total and facets are a lower bound.
     */
    public record SearchResponse(String query, long total, boolean totalExact, int page, int pageCount, List<Hit> hits, Facets facets) {
    }

    public record Hit(long id, String title, String type, String snippet, double score, OffsetDateTime publishedAt,
                      String url) {
    }

    public record Facets(List<FacetCount> type, List<FacetCount> theme, List<FacetCount> municipality,
                         List<FacetCount> year) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SearchResponse search(@QueryParam("q") String q, @QueryParam("type") String type,
                                 @QueryParam("theme") String theme, @QueryParam("municipality") String municipality,
                                 @QueryParam("year") String year, @QueryParam("sort") String sort,
                                 @QueryParam("page") String page, @QueryParam("pageSize") @DefaultValue("20") int size) {
        KnowledgeQuery query = KnowledgeParameters.query(q, type, theme, municipality, year, sort, page, size, themes);
        KnowledgeResult result = search.search(query);
        URI base = uri.getBaseUri().resolve("../");
        return new SearchResponse(query.text(), result.total(), result.totalExact(), result.page() + 1, result.pageCount(),
                result.hits().stream().map(h -> new Hit(h.id(), h.title(), h.type().name(), h.snippetHtml(),
                        Math.round(h.score() * 10_000) / 10_000.0, h.publishedAt(),
                        base.resolve("kennisbank/item.xhtml?id=" + h.id()).toString())).toList(),
                new Facets(result.types(), result.themes(), result.municipalities(), result.years()));
    }

    @GET
    @Path("latest")
    @Produces(MediaType.APPLICATION_JSON)
    public List<KnowledgeSummary> latest(@QueryParam("limit") @DefaultValue("50") int limit) {
        return bank.latest(limit);
    }

    /** New items with one theme (by id or code), newest first, as an Atom 1.0 feed. */
    @GET
    @Path("atom")
    @Produces(ATOM)
    public String atom(@QueryParam("theme") String theme) throws XMLStreamException {
        Optional<ThemeView> found = KnowledgeParameters.themeIdFor(theme, themes).flatMap(themes::find);
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        ThemeView t = found.get();
        List<KnowledgeSummary> items = search.newestWithTheme(t.id(), 30);
        URI base = uri.getBaseUri().resolve("../");
        String self = uri.getBaseUri().resolve("knowledge/atom?theme=" + t.id()).toString();
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        element(xml, "title", "Netwerkplaats kennisbank – " + t.nameNl());
        element(xml, "id", self);
        OffsetDateTime updated = items.isEmpty() || items.get(0).publishedAt() == null
                ? OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC) : items.get(0).publishedAt();
        element(xml, "updated", rfc3339(updated));
        link(xml, "self", self);
        link(xml, "alternate", base.resolve("kennisbank/?thema=" + t.id()).toString());
        xml.writeStartElement("author");
        element(xml, "name", "Netwerkplaats");
        xml.writeEndElement();
        for (KnowledgeSummary item : items) {
            String url = base.resolve("kennisbank/item.xhtml?id=" + item.id()).toString();
            xml.writeStartElement("entry");
            element(xml, "title", item.title());
            element(xml, "id", url);
            element(xml, "updated", rfc3339(item.publishedAt()));
            element(xml, "published", rfc3339(item.publishedAt()));
            link(xml, "alternate", url);
            xml.writeStartElement("category");
            xml.writeAttribute("term", item.type().name());
            xml.writeEndElement();
            if (item.summary() != null) {
                xml.writeStartElement("summary");
                xml.writeAttribute("type", "text");
                xml.writeCharacters(item.summary());
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeStartElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeEndElement();
    }

    private static String rfc3339(OffsetDateTime moment) {
        return moment == null ? "" : moment.withOffsetSameInstant(ZoneOffset.UTC).withNano(0)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
