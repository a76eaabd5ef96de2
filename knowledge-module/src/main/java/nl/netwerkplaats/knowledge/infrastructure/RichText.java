package nl.netwerkplaats.knowledge.infrastructure;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The body of an item as safe HTML: paragraphs, emphasis, lists, quotes, headings and http(s)/mailto links stay;
 * scripts, styles, event handlers, frames and every other tag or attribute go. Uses jsoup's allow-list cleaner.
 */
public final class RichText {

    private static final Safelist ALLOWED = Safelist.basic()
            .addTags("h2", "h3", "h4")
            .removeTags("span")
            .addAttributes("a", "title");

    private RichText() {
    }

    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(listsAsLists(html), "", ALLOWED, output).strip();
    }

    /**
     * The page's editor (Quill 2) writes every list as {@code <ol>} with {@code data-list="bullet"} or
     * {@code "ordered"} on its items; the cleaner drops that attribute, so bullet lists become {@code <ul>} first.
     */
    private static String listsAsLists(String html) {
        if (!html.contains("data-list")) {
            return html;
        }
        Document document = Jsoup.parseBodyFragment(html);
        for (Element list : document.select("ol")) {
            Element first = list.children().first();
            if (first != null && "bullet".equals(first.attr("data-list"))) {
                list.tagName("ul");
            }
        }
        document.select("span.ql-ui").remove();
        return document.body().html();
    }

    /** The text a reader sees, for search and snippets. */
    public static String text(String safeHtml) {
        return safeHtml == null || safeHtml.isEmpty() ? "" : Jsoup.parse(safeHtml).text();
    }
}
