package nl.netwerkplaats.events.infrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Writes iCalendar (RFC 5545) text: CRLF line ends, lines folded at 75 octets without splitting a UTF-8
 * character, and TEXT values escaped. Times are written in UTC, so no VTIMEZONE is needed.
 */
public final class ICalendarWriter {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final int MAX_OCTETS = 75;

    private final StringBuilder out = new StringBuilder();

    public ICalendarWriter(String calendarName) {
        line("BEGIN:VCALENDAR");
        line("VERSION:2.0");
        line("PRODID:-//Netwerkplaats//Bijeenkomsten//NL");
        line("CALSCALE:GREGORIAN");
        line("METHOD:PUBLISH");
        property("X-WR-CALNAME", calendarName);
    }

    public record Event(String uid, int sequence, OffsetDateTime start, OffsetDateTime end, String summary,
                        String description, String location, String url, boolean cancelled) {
    }

    public ICalendarWriter event(Event e, Instant stamp) {
        line("BEGIN:VEVENT");
        line("UID:" + e.uid());
        line("DTSTAMP:" + UTC.format(stamp.atOffset(ZoneOffset.UTC)));
        line("DTSTART:" + UTC.format(e.start().withOffsetSameInstant(ZoneOffset.UTC)));
        line("DTEND:" + UTC.format(e.end().withOffsetSameInstant(ZoneOffset.UTC)));
        line("SEQUENCE:" + e.sequence());
        property("SUMMARY", e.summary());
        property("DESCRIPTION", e.description());
        property("LOCATION", e.location());
        if (e.url() != null) {
            line("URL:" + e.url());
        }
        line("STATUS:" + (e.cancelled() ? "CANCELLED" : "CONFIRMED"));
        line("END:VEVENT");
        return this;
    }

    public String finish() {
        line("END:VCALENDAR");
        return out.toString();
    }

    private void property(String name, String text) {
        if (text != null && !text.isBlank()) {
            line(name + ":" + escape(text));
        }
    }

    /** Backslash, semicolon and comma get a backslash; line breaks become \n. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n");
    }

    /** Folds a content line: after 75 octets a CRLF and one space, never inside a UTF-8 sequence. */
    private void line(String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 0;
                limit = MAX_OCTETS - 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
