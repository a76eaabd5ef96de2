package nl.netwerkplaats.events.infrastructure.reportimport;

import java.util.ArrayList;
import java.util.List;

/**
 * How a pasted or uploaded report is cut into lines and cleaned, in one place so the importer and its tests agree
 * on what "a non-empty line" is.
 */
public final class ReportText {

    private ReportText() {
    }

    /** Splits on CR LF, CR, LF, and the Unicode line and paragraph separators (and NEL). */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }

    /**
     * The line as the importer keeps it: tabs become spaces, other control characters and byte-order marks go,
     * a lone surrogate becomes U+FFFD (it cannot be stored or sent as JSON), outer white space (also no-break
     * spaces) is stripped. Empty means the line had nothing worth keeping.
     */
    public static String clean(String raw) {
        StringBuilder out = null;
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            String replacement = null;
            boolean drop = false;
            if (c == '\t') {
                replacement = " ";
            } else if (Character.isISOControl(c) || c == '\uFEFF') {
                drop = true;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 < n && Character.isLowSurrogate(raw.charAt(i + 1))) {
                    if (out != null) {
                        out.append(c).append(raw.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                replacement = "\uFFFD";
            } else if (Character.isLowSurrogate(c)) {
                replacement = "\uFFFD";
            }
            if (drop || replacement != null) {
                if (out == null) {
                    out = new StringBuilder(n);
                    out.append(raw, 0, i);
                }
                if (replacement != null) {
                    out.append(replacement);
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return strip(out == null ? raw : out.toString());
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }
}
