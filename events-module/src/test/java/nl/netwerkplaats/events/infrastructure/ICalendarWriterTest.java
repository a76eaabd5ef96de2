package nl.netwerkplaats.events.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ICalendarWriterTest {

    private static final OffsetDateTime START = OffsetDateTime.of(2026, 12, 12, 13, 0, 0, 0, ZoneOffset.ofHours(1));

    private static String write(String summary, String description) {
        return new ICalendarWriter("Netwerkplaats").event(new ICalendarWriter.Event("gathering-7@netwerkplaats", 2,
                START, START.plusHours(4), summary, description, "Buurthuis, Deventer", null, false),
                Instant.parse("2026-11-22T10:00:00Z")).finish();
    }

    @Test
    void linesEndInCrlfAndFoldBefore75OctetsWithoutSplittingACharacter() {
        String ics = write("é".repeat(100), "x");
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertEquals(-1, ics.replace("\r\n", "").indexOf('\n'), "no bare line feeds");
        for (String line : ics.split("\r\n")) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(octets.length <= 75, line.length() + " octets: " + line);
            assertEquals(line, new String(octets, StandardCharsets.UTF_8), "whole UTF-8 characters per line");
        }
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:" + "é".repeat(100) + "\r\n"));
    }

    @Test
    void textValuesAreEscapedAndTimesAreUtc() {
        String unfolded = write("Zorg; welzijn, wonen \\ meer", "Regel 1\nRegel 2").replace("\r\n ", "");
        List<String> lines = Arrays.asList(unfolded.split("\r\n"));
        assertTrue(lines.contains("SUMMARY:Zorg\\; welzijn\\, wonen \\\\ meer"), unfolded);
        assertTrue(lines.contains("DESCRIPTION:Regel 1\\nRegel 2"));
        assertTrue(lines.contains("LOCATION:Buurthuis\\, Deventer"));
        assertTrue(lines.contains("DTSTART:20261212T120000Z"), "13:00 at +01:00 is 12:00 UTC");
        assertTrue(lines.contains("DTEND:20261212T160000Z"));
        assertTrue(lines.contains("SEQUENCE:2"));
        assertTrue(lines.contains("STATUS:CONFIRMED"));
    }
}
