package nl.netwerkplaats.events.infrastructure.reportimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.netwerkplaats.events.api.ReportProposal;
import nl.netwerkplaats.events.api.ReportProposal.Item;
import nl.netwerkplaats.events.api.ReportProposal.Line;
import nl.netwerkplaats.events.api.ReportProposal.LineRole;

/** Test helpers: where the reports are, and the check that nothing of a report was lost. */
final class Reports {

    private Reports() {
    }

    /** The shared seed reports ({@code ../shared/seeds} beside the repository), when that folder exists. */
    static Optional<Path> seeds() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null || dir.getParent() == null) {
            return Optional.empty();
        }
        Path seeds = dir.getParent().resolve("shared").resolve("seeds");
        return Files.isDirectory(seeds) ? Optional.of(seeds) : Optional.empty();
    }

    static String seed(Path seeds, String prefix) throws IOException {
        try (var files = Files.list(seeds)) {
            Path file = files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new AssertionError("no seed " + prefix + " in " + seeds));
            return Files.readString(file, StandardCharsets.UTF_8);
        }
    }

    static String fixture(String name) throws IOException {
        try (InputStream in = Reports.class.getResourceAsStream("/reports/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static String lettersAndDigits(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /**
     * Every input line with a letter or digit is in the outline with the same letters and digits, in order; every
     * item or note line is in an item that holds its text; the structure lines are in the structure; items come in
     * reading order; the unrecognised lines are exactly the notes.
     */
    static void assertNothingLost(String input, ReportProposal p) {
        String[] raw = input.split("\r\n|\r|\n|\u2028|\u2029|\u0085", -1);
        Map<Integer, Line> outline = new HashMap<>();
        int previous = 0;
        for (Line l : p.lines()) {
            assertTrue(l.number() > previous, "outline in reading order at line " + l.number());
            previous = l.number();
            outline.put(l.number(), l);
            assertFalse(l.text().isEmpty(), "empty outline line " + l.number());
        }
        for (int i = 0; i < raw.length; i++) {
            String expected = lettersAndDigits(raw[i]);
            if (expected.isEmpty()) {
                continue;
            }
            Line line = outline.get(i + 1);
            if (line == null) {
                fail("line " + (i + 1) + " lost: " + abbreviate(raw[i]));
            }
            assertEquals(expected, lettersAndDigits(line.text()), "line " + (i + 1) + " changed");
        }
        Map<Integer, List<Item>> itemsByLine = p.items().stream().flatMap(item -> item.lines().stream()
                .map(n -> Map.entry(n, item))).collect(Collectors.groupingBy(Map.Entry::getKey,
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        for (Line l : p.lines()) {
            switch (l.role()) {
                case ITEM, NOTE -> {
                    List<Item> holding = itemsByLine.get(l.number());
                    assertNotNull(holding, "line " + l.number() + " is in no item: " + abbreviate(l.text()));
                    String joined = lettersAndDigits(holding.stream().map(i -> i.text()
                            + (i.governmentView() == null ? "" : i.governmentView())
                            + (i.initiativeView() == null ? "" : i.initiativeView())).collect(Collectors.joining()));
                    String own = lettersAndDigits(l.text());
                    assertTrue(joined.contains(own) || own.startsWith("o") && joined.contains(own.substring(1)),
                            "line " + l.number() + " text not in its items: " + abbreviate(l.text()));
                }
                case TITLE -> assertNotNull(p.gathering().title(), "title line without title");
                case DATE -> assertNotNull(p.gathering().date(), "date line without date");
                case ROUND, QUESTION -> assertFalse(p.rounds().isEmpty(), "round line without rounds");
                case TABLE -> assertFalse(p.tables().isEmpty(), "table line without tables");
                case GOAL -> assertFalse(p.gathering().goals().isEmpty(), "goal line without goals");
                case PARTICIPANT -> assertTrue(p.participants().stream().anyMatch(x -> x.line() == l.number()),
                        "participant line " + l.number() + " not in participants");
                case HEADING -> {
                }
                default -> fail("role " + l.role());
            }
        }
        int firstLine = 0;
        for (Item item : p.items()) {
            assertFalse(item.lines().isEmpty());
            assertTrue(item.lines().get(0) >= firstLine, "items in reading order");
            firstLine = item.lines().get(0);
            assertNotNull(item.type());
            assertNotNull(item.text());
            if (item.table() != null) {
                assertTrue(p.tables().stream().anyMatch(t -> t.number() == item.table()), "unknown table");
            }
            if (item.round() != null) {
                assertTrue(p.rounds().stream().anyMatch(r -> r.number() == item.round()), "unknown round");
            }
            if (item.forCase() != null) {
                assertTrue(item.forCase() >= 0 && item.forCase() < p.items().size(), "case index");
            }
        }
        assertEquals(p.lines().stream().filter(l -> l.role() == LineRole.NOTE).toList(), p.unrecognised());
    }

    static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }
}
