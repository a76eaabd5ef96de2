package nl.netwerkplaats.web.pages.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FigureParametersAndCsvTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void defaultsAreTheTwelveMonthsUpToTodayAndTheAddressKeepsTheFilters() {
        FigureParameters p = FigureParameters.from(Map.<String, String>of()::get, TODAY);
        assertEquals(LocalDate.of(2025, 12, 1), p.filter().from());
        assertEquals(TODAY, p.filter().to());
        assertEquals(List.of(), p.problems());
        assertEquals("van=2025-12-01&tot=2026-11-22", p.query());

        FigureParameters q = FigureParameters.from(Map.of("van", "2026-01-01", "tot", "2026-06-30", "provincie",
                "PV23", "thema", "7")::get, TODAY);
        assertEquals("van=2026-01-01&tot=2026-06-30&provincie=PV23&thema=7", q.query());
    }

    @Test
    void nonsenseBecomesTheDefaultWithANamedProblem() {
        FigureParameters p = FigureParameters.from(Map.of("van", "gisteren", "tot", "2026-02-30", "provincie",
                "PV99", "thema", "abc")::get, TODAY);
        assertEquals(List.of("figures.problem.to", "figures.problem.from", "figures.problem.province",
                "figures.problem.theme"), p.problems());
        assertEquals(TODAY, p.filter().to());
        assertNull(p.filter().provinceCode());
        assertNull(p.filter().themeId());

        FigureParameters reversed = FigureParameters.from(Map.of("van", "2026-06-01", "tot", "2026-01-31")::get,
                TODAY);
        assertEquals(List.of("figures.problem.order"), reversed.problems());
        assertEquals(LocalDate.of(2025, 2, 1), reversed.filter().from());

        FigureParameters unknownTheme = FigureParameters.from(Map.of("thema", "12")::get, TODAY)
                .withKnownTheme(id -> id == 3);
        assertEquals(List.of("figures.problem.theme"), unknownTheme.problems());
        assertNull(unknownTheme.filter().themeId());
    }

    @Test
    void csvQuotesTextAndDefusesFormulas() {
        FigureTable table = new FigureTable("t", "T", List.of("Thema", "Aantal"), List.of(
                new FigureTable.Row("=HYPERLINK(\"x\")", List.of(3L)), new FigureTable.Row("+1", List.of(0L)),
                new FigureTable.Row("-1", List.of(1L)), new FigureTable.Row("@SUM(A1)", List.of(2L)),
                new FigureTable.Row("Zorg \"en\" welzijn", List.of(5L))), FigureTable.Chart.BAR);
        assertEquals("\"Thema\";\"Aantal\"\r\n\"'=HYPERLINK(\"\"x\"\")\";3\r\n\"'+1\";0\r\n\"'-1\";1\r\n"
                + "\"'@SUM(A1)\";2\r\n\"Zorg \"\"en\"\" welzijn\";5\r\n", FiguresCsvServlet.csv(table));
    }
}
