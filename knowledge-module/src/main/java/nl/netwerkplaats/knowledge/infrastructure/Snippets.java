package nl.netwerkplaats.knowledge.infrastructure;

/**
 * Turns a PostgreSQL headline into HTML that is safe to put on a page. {@code ts_headline} marks the matched
 * words with two control characters that never occur in stored text; everything else is escaped first, and only
 * then do the markers become {@code <mark>} elements.
 */
public final class Snippets {

    private static final char START = '\u0002';
    private static final char STOP = '\u0003';

    /** The options for ts_headline, as an SQL expression. */
    public static final String HEADLINE_OPTIONS = "'StartSel=' || chr(2) || ', StopSel=' || chr(3)"
            + " || ', MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"'";

    private Snippets() {
    }

    public static String toSafeHtml(String headline) {
        if (headline == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(headline.length() + 32);
        boolean open = false;
        for (int i = 0; i < headline.length(); i++) {
            char c = headline.charAt(i);
            switch (c) {
                case START -> {
                    if (!open) {
                        html.append("<mark>");
                        open = true;
                    }
                }
                case STOP -> {
                    if (open) {
                        html.append("</mark>");
                        open = false;
                    }
                }
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        if (open) {
            html.append("</mark>");
        }
        return html.toString();
    }
}
