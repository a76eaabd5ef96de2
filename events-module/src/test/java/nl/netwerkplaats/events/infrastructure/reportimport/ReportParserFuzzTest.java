package nl.netwerkplaats.events.infrastructure.reportimport;

import static nl.netwerkplaats.events.infrastructure.reportimport.Reports.assertNothingLost;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

import nl.netwerkplaats.events.api.ReportProposal;

/**
 * Random and hostile input, from a fixed seed so a failure can be replayed (the seed is in the message): the
 * importer never throws, never loses a line with a letter or digit in it, and stays fast on huge lines.
 */
class ReportParserFuzzTest {

    private static final long SEED = 0x6E77705F36L;
    private static final int RUNS = 600;

    /** Pieces that look like report structure, so the random texts reach the parser's deeper states. */
    private static final List<String> PIECES = List.of("Tafel 1", "TAFEL 2", "Thematafel 3: Wonen", "Tafel",
            "Tafel Wonen", "Thema 4: x", "Ronde 1", "Ronde II", "1 MO-Themadag - Best practices", "Vraag:", "Vraag",
            "Vraag: Wat werkt?", "Best practices", "Rode draden:", "Kernboodschap", "De netwerkracht-formule",
            "Suggesties uit de bijeenkomst:", "Casus X: iets", "A. Casus", "B. Pitch Jan de Vries **Idee**",
            "Pitch", "Knelpunt 1: traag", "Knelpunt", "Deelnemerslijst:", "Naam", "Naam – Organisatie",
            "Het vervolg", "Constateringen", "Dromen", "Randvoorwaarden", "Doelen:", "Slotwoord", "Wie sluit aan?",
            "- ", "-", "• ", "o ", "o", "1. ", "1)", "...", "·", " · ", "**", ":", "?", "PROJECTENBRIGADE",
            "16 maart 2017", "31-02-2020", "2022-04-02", "0-0-0000", "organiseerden A en B in opdracht",
            "verslag van X", "<script>alert(1)</script>", "<b>vet</b>", "&amp;", "\"'", "\u00A0", "\uFEFF",
            "\u200B", "\t", "\u0000", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\u2028", "\u2029", "\r", "\n",
            "\r\n", "\n\n", "\uD83D\uDE00", "\uD83D", "\uDE00", "\u202E", "ﬁ", "İ", "ß", "ĳ", "中文", "العربية",
            "\u0301", "Ééé", "a", "Z", "7", "2025", "x".repeat(300));

    @Test
    void randomAndHostileTextNeverThrowsNorLosesALine() {
        Random random = new Random(SEED);
        ReportParser parser = new ReportParser();
        for (int run = 0; run < RUNS; run++) {
            String text = text(random);
            int attempt = run;
            ReportProposal p = assertDoesNotThrow(() -> parser.parse(text), () -> "run " + attempt);
            try {
                assertNothingLost(text, p);
            } catch (AssertionError e) {
                throw new AssertionError("run " + run + " (seed " + SEED + "): " + e.getMessage(), e);
            }
        }
    }

    @Test
    void hugeLinesAndManyLinesStayFast() {
        ReportParser parser = new ReportParser();
        String hugeLine = "Casus ".repeat(200_000) + "Pitch Jan de Vries " + "a ".repeat(200_000);
        String manyBullets = "- x\n".repeat(100_000);
        String onlyHeadings = "Tafel 1\nRode draden\nVraag:\n".repeat(20_000);
        String onlyDates = "1 januari 2000, 2 februari 2001 ".repeat(50_000);
        String crOnly = "Tafel 1\rBest practices\r- een\r".repeat(20_000);
        for (String text : List.of(hugeLine, manyBullets, onlyHeadings, onlyDates, crOnly)) {
            ReportProposal p = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> parser.parse(text));
            assertNothingLost(text, p);
        }
        assertTrue(parser.parse(manyBullets).items().size() == 100_000);
    }

    private static String text(Random random) {
        StringBuilder b = new StringBuilder();
        int kind = random.nextInt(4);
        int pieces = 1 + random.nextInt(kind == 3 ? 2000 : 120);
        for (int i = 0; i < pieces; i++) {
            switch (random.nextInt(kind == 0 ? 2 : 5)) {
                case 0 -> b.append(PIECES.get(random.nextInt(PIECES.size())));
                case 1 -> b.appendCodePoint(randomCodePoint(random));
                case 2 -> b.append(List.of("\n", "\r\n", "\r", "\n\n").get(random.nextInt(4)));
                case 3 -> b.append(' ');
                default -> b.append(PIECES.get(random.nextInt(PIECES.size()))).append('\n');
            }
        }
        if (random.nextInt(20) == 0) {
            b.append("y".repeat(100_000 + random.nextInt(100_000)));
        }
        return b.toString();
    }

    private static int randomCodePoint(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> random.nextInt(0x20);
            case 1 -> 0x20 + random.nextInt(0x60);
            case 2 -> 0xA0 + random.nextInt(0x2000);
            case 3 -> 0xD800 + random.nextInt(0x800); // lone surrogates
            default -> random.nextInt(Character.MAX_CODE_POINT + 1);
        };
    }
}
