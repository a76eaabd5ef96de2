package nl.netwerkplaats.events.infrastructure.reportimport;

import static nl.netwerkplaats.events.infrastructure.reportimport.Reports.assertNothingLost;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import nl.netwerkplaats.events.api.GatheringKind;
import nl.netwerkplaats.events.api.HarvestType;
import nl.netwerkplaats.events.api.ReportProposal;
import nl.netwerkplaats.events.api.ReportProposal.Item;
import nl.netwerkplaats.events.api.ReportProposal.LineRole;
import nl.netwerkplaats.events.api.ReportProposal.Participant;
import nl.netwerkplaats.events.api.ReportProposal.Round;
import nl.netwerkplaats.events.api.ReportProposal.Table;

class ReportParserTest {

    private final ReportParser parser = new ReportParser();

    private static List<Item> items(ReportProposal p, HarvestType type, Integer round, Integer table) {
        return p.items().stream().filter(i -> i.type() == type && java.util.Objects.equals(i.round(), round)
                && java.util.Objects.equals(i.table(), table)).toList();
    }

    private static Item itemStarting(ReportProposal p, String start) {
        return p.items().stream().filter(i -> i.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no item starting with " + start));
    }

    private String seed(String prefix) throws IOException {
        Optional<Path> seeds = Reports.seeds();
        assumeTrue(seeds.isPresent(), "the shared seed reports are not beside this repository");
        return Reports.seed(seeds.get(), prefix);
    }

    // --- the project's own fixtures: always run ---

    @Test
    void thematablesFixtureGivesRoundsTablesItemsGoalsAndParticipants() throws IOException {
        String text = Reports.fixture("buurtkracht-thematafels-2024.txt");
        ReportProposal p = parser.parse(text);
        assertNothingLost(text, p);

        assertEquals("Werkconferentie Buurtkracht in Zwolle", p.gathering().title());
        assertEquals(LocalDate.of(2024, 3, 14), p.gathering().date());
        assertEquals("Zwolle", p.gathering().place());
        assertEquals(GatheringKind.WERKCONFERENTIE, p.gathering().kind());
        assertEquals(List.of("Netwerkplaats Overijssel", "Stichting Buurtkracht"), p.gathering().organisers());
        assertEquals(2, p.gathering().goals().size());

        assertEquals(List.of(new Round(1, "Ronde 1: Wat werkt al?", "Welke goede voorbeelden kent u uit uw eigen wijk?"),
                new Round(2, "Ronde 2: Casussen aan tafel", null)), p.rounds());
        assertEquals(List.of(new Table(1, "Thematafel 1", "Eenzaamheid"), new Table(2, "Thematafel 2", "Armoede")),
                p.tables());
        assertEquals(2, items(p, HarvestType.BEST_PRACTICE, 1, 1).size());
        assertEquals(2, items(p, HarvestType.RODE_DRAAD, 1, 1).size());
        assertEquals(List.of("Geheim van de tafel: gewoon aanbellen."),
                items(p, HarvestType.KERNBOODSCHAP, 1, 1).stream().map(Item::text).toList());
        assertEquals(1, items(p, HarvestType.BEST_PRACTICE, 1, 2).size());
        assertEquals(1, items(p, HarvestType.KERNBOODSCHAP, 1, 2).size());

        Item casus = itemStarting(p, "Casus Buurthuis De Spil");
        assertEquals(HarvestType.CASUS, casus.type());
        assertEquals(2, casus.round());
        assertEquals(1, casus.table());
        assertEquals("Anouk de Vries", casus.pitcher());
        assertTrue(casus.text().contains("jongerenbestuur"), "the pitch's description joins the case");
        List<Item> suggestions = items(p, HarvestType.SUGGESTIE, 2, 1);
        assertEquals(2, suggestions.size());
        assertTrue(suggestions.stream().allMatch(s -> p.items().get(s.forCase()) == casus));

        List<Item> bottlenecks = items(p, HarvestType.KNELPUNT, 2, 2);
        assertEquals(1, bottlenecks.size());
        assertEquals("Gemeente: de regels schrijven een commissie voor.", bottlenecks.get(0).governmentView());
        assertEquals("Initiatief: ondertussen lopen vrijwilligers weg.", bottlenecks.get(0).initiativeView());
        Item followUp = itemStarting(p, "Vervolgafspraak op 11 april");
        assertEquals(HarvestType.VERVOLGACTIE, followUp.type());
        assertNull(followUp.table(), "het vervolg is about the whole gathering");

        assertEquals(List.of(new Participant("Anouk de Vries", "Stichting Buurtkracht", 51),
                new Participant("Pieter Jansen", "Gemeente Zwolle", 52),
                new Participant("Fatima El Amrani", "Kledingbank Zwolle", 53)), p.participants());
        assertEquals(List.of("Georganiseerd door Netwerkplaats Overijssel en Stichting Buurtkracht."),
                p.unrecognised().stream().map(ReportProposal.Line::text).toList());
    }

    @Test
    void crlfFixtureWithoutTablesTypesEverySectionAndMarksWhatItCannotPlace() throws IOException {
        String text = Reports.fixture("pitchavond-crlf-2023.txt");
        assertTrue(text.contains("\r\n") && text.contains("\r-"), "the fixture mixes CR LF and a lone CR");
        ReportProposal p = parser.parse(text);
        assertNothingLost(text, p);

        assertEquals("Pitchavond Zorg en Wonen", p.gathering().title());
        assertEquals(LocalDate.of(2023, 10, 8), p.gathering().date());
        assertEquals(GatheringKind.PITCH_SESSIE, p.gathering().kind());
        Item casus = itemStarting(p, "Pitch Sanne Bakker");
        assertEquals(HarvestType.CASUS, casus.type());
        assertEquals("Sanne Bakker", casus.pitcher());
        assertEquals(List.of(HarvestType.NOTITIE, HarvestType.CASUS, HarvestType.SUGGESTIE, HarvestType.SUGGESTIE, HarvestType.KNELPUNT,
                        HarvestType.CONSTATERING, HarvestType.TOEKOMSTBEELD, HarvestType.RANDVOORWAARDE,
                        HarvestType.KENNISVRAAG, HarvestType.NOTITIE, HarvestType.KENNISVRAAG),
                p.items().stream().map(Item::type).toList());
        assertEquals(List.of("Een losse regel zonder kop.", "PROJECTENBUREAU"),
                p.unrecognised().stream().map(ReportProposal.Line::text).toList());
    }

    @Test
    void emptyAndBlankTextGiveAnEmptyProposal() {
        for (String text : new String[] {null, "", "   \n\t\r\n \u00A0 \r"}) {
            ReportProposal p = parser.parse(text);
            assertTrue(p.items().isEmpty() && p.lines().isEmpty() && p.rounds().isEmpty());
            assertNull(p.gathering().title());
        }
    }

    @Test
    void variantsOfHeadingsAreRecognised() {
        String text = String.join("\n", "Thema-dag Samen Sterk, 3 februari 2021", "", "Sessie 1 - Dromen", "",
                "TAFEL 3", "Toekomstbeeld:", "* In 2030 is er een buurtfonds.", "Randvoorwaarden:",
                "* Vertrouwen.", "", "Tafel Wonen", "Beste Practices", "1) Knarrenhof", "", "Kennisvragen",
                "- Hoe meet je eenzaamheid?", "", "Aanwezigen", "- Jan Jansen (Gemeente Ede)");
        ReportProposal p = parser.parse(text);
        assertNothingLost(text, p);
        assertEquals(GatheringKind.THEMADAG, p.gathering().kind());
        assertEquals(1, p.rounds().size());
        assertEquals(HarvestType.TOEKOMSTBEELD, itemStarting(p, "In 2030").type());
        assertEquals(3, itemStarting(p, "In 2030").table());
        assertEquals(HarvestType.RANDVOORWAARDE, itemStarting(p, "Vertrouwen").type());
        Item knarrenhof = itemStarting(p, "1) Knarrenhof");
        assertEquals(HarvestType.BEST_PRACTICE, knarrenhof.type());
        assertEquals("Wonen", p.tables().stream().filter(t -> t.number() == knarrenhof.table()).findFirst()
                .orElseThrow().topic());
        Item question = itemStarting(p, "Hoe meet je");
        assertEquals(HarvestType.KENNISVRAAG, question.type());
        assertNull(question.table());
        assertEquals(List.of(new Participant("Jan Jansen", "Gemeente Ede", 19)), p.participants());
    }

    // --- the shared seed reports: run when ../shared/seeds exists ---

    @Test
    void seed1OpenNetwerkKeepsGoalsRoundAndIdeas() throws IOException {
        String text = seed("01");
        ReportProposal p = parser.parse(text);
        assertNothingLost(text, p);
        assertEquals(LocalDate.of(2017, 3, 16), p.gathering().date());
        assertEquals("Heeten", p.gathering().place());
        assertEquals(GatheringKind.ONTMOETING, p.gathering().kind());
        assertEquals(List.of("Broosz"), p.gathering().organisers());
        assertEquals(4, p.gathering().goals().size());
        assertEquals(1, p.rounds().size());
        assertTrue(p.rounds().get(0).title().contains("Realiseren van de ambities"));
        assertEquals(15, items(p, HarvestType.IDEE, 1, null).size());
        assertTrue(itemStarting(p, "Zo lokaal mogelijk!").lines().size() == 1
                && !itemStarting(p, "Zo lokaal mogelijk!").recognised(), "bullets under an unknown heading are notes");
        assertTrue(itemStarting(p, "Samen zijn we meer dan alleen").recognised(), "slotwoord is a known heading");
    }

    @Test
    void seed2PitchSessionPutsCasesAndSuggestionsAtTheirThemeTables() throws IOException {
        String text = seed("02");
        ReportProposal p = parser.parse(text);
        assertNothingLost(text, p);
        assertEquals(LocalDate.of(2015, 1, 26), p.gathering().date());
        assertEquals("Utrecht", p.gathering().place());
        assertEquals(GatheringKind.PITCH_SESSIE, p.gathering().kind());
        assertEquals(List.of("Projectenbrigade"), p.gathering().organisers());
        assertEquals(List.of(1, 2, 3, 4, 5), p.tables().stream().map(Table::number).toList());
        assertEquals("Sociale innovatie en wet- regelgeving", p.tables().get(0).topic());

        List<Item> cases = p.items().stream().filter(i -> i.type() == HarvestType.CASUS).toList();
        assertEquals(List.of(1, 2, 3, 4, 4, 5, 5, 5), cases.stream().map(Item::table).toList());
        assertEquals("Hester van Zwet", itemStarting(p, "B. Pitch Hester").pitcher());
        assertEquals("Anna van Hattem", itemStarting(p, "B. Pitch van 'De lamel'").pitcher());
        assertEquals("Mees de Lind van Wijngaarden", itemStarting(p, "C. Pitch Van transitie").pitcher());
        assertTrue(itemStarting(p, "B. Pitch van 'De lamel'").text().contains("antropologisch onderzoek"));

        Item jutter = itemStarting(p, "Casus: De Nieuwe Jutter");
        Item crowdfunding = itemStarting(p, "crowdfunding, is dat al onderzocht?");
        assertEquals(HarvestType.SUGGESTIE, crowdfunding.type());
        assertEquals(jutter, p.items().get(crowdfunding.forCase()));
        Item afterPageBreak = itemStarting(p, "kunnen de begeleiders ook uit andere zorgpaden komen?");
        assertEquals(jutter, p.items().get(afterPageBreak.forCase()), "a page header does not end the suggestions");
        assertEquals(2, itemStarting(p, "voorbeeld: WoW").lines().size(), "the link on the next line joins it");
        long suggestions = p.items().stream().filter(i -> i.type() == HarvestType.SUGGESTIE).count();
        assertEquals(66, suggestions);

        assertEquals(16, p.participants().size());
        assertEquals("Erna Bosschart", p.participants().get(0).name());
        assertEquals("Asha Nagesser", p.participants().get(15).name());
        assertTrue(p.unrecognised().stream().anyMatch(l -> l.text().equals("PROJECTENBRIGADE")));
    }

    @Test
    void seed3SymposiumGivesObservationsKnowledgeQuestionsAndProposals() throws IOException {
        String text = seed("03");
        ReportProposal p = parser.parse(text);
        assertNothingLost(text, p);
        assertEquals("Symposium Beter benutten van gemeenschapskracht", p.gathering().title());
        assertEquals(LocalDate.of(2019, 9, 19), p.gathering().date());
        assertEquals(GatheringKind.SYMPOSIUM, p.gathering().kind());
        assertEquals(List.of("KUS", "Omzien"), p.gathering().organisers());
        assertEquals(11, items(p, HarvestType.CONSTATERING, null, null).size());
        assertEquals(8, items(p, HarvestType.KENNISVRAAG, null, null).size());
        assertEquals(HarvestType.IDEE, itemStarting(p, "Kring van dorpsondersteuners").type());
        assertEquals(HarvestType.CONSTATERING, itemStarting(p, "Zorgen dat je zo onafhankelijk").type(),
                "a second-level 'o' bullet stays in its section");
    }

    @Test
    void seed4ThemeDayPutsEveryTablesHarvestInItsRound() throws IOException {
        String text = seed("04");
        ReportProposal p = parser.parse(text);
        assertNothingLost(text, p);
        assertEquals("MO-themadag", p.gathering().title());
        assertEquals(LocalDate.of(2022, 4, 2), p.gathering().date());
        assertEquals(GatheringKind.THEMADAG, p.gathering().kind());
        assertEquals(4, p.rounds().size());
        assertEquals("Welke best practices kent u uit uw eigen omgeving?", p.rounds().get(0).question());
        assertEquals("Hoe ziet de gedroomde toekomst er concreet uit in 2025?", p.rounds().get(1).question());
        assertEquals("Welke successen zijn in 2025 gerealiseerd?", p.rounds().get(2).question());
        assertTrue(p.rounds().get(3).question().startsWith("Wat zijn de drie belangrijkste randvoorwaarden"));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), p.tables().stream().map(Table::number).toList());

        int[] bestPractices = {7, 7, 8, 6, 7, 7};
        int[] threads = {4, 6, 5, 3, 6, 5};
        int[] keyMessages = {2, 2, 1, 2, 1, 1};
        for (int t = 1; t <= 6; t++) {
            assertEquals(bestPractices[t - 1], items(p, HarvestType.BEST_PRACTICE, 1, t).size(), "table " + t);
            assertEquals(threads[t - 1], items(p, HarvestType.RODE_DRAAD, 1, t).size(), "table " + t);
            assertEquals(keyMessages[t - 1], items(p, HarvestType.KERNBOODSCHAP, 1, t).size(), "table " + t);
        }
        assertEquals(7, items(p, HarvestType.KERNBOODSCHAP, 1, null).size(), "the netwerkkracht-formule");
        assertTrue(IntStream.rangeClosed(2, 6).allMatch(t -> !items(p, HarvestType.TOEKOMSTBEELD, 2, t).isEmpty()
                && !items(p, HarvestType.TOEKOMSTBEELD, 3, t).isEmpty()));
        assertEquals(1, items(p, HarvestType.VERVOLGACTIE, 2, 2).size(), "'Wie sluit aan?' is a follow-up");
        assertEquals(1, items(p, HarvestType.VERVOLGACTIE, 3, 2).size());
        assertTrue(itemStarting(p, "Iedereen doet het samen. Er waren in 2022").text()
                .contains("Door elkaar te bezoeken"), "a paragraph broken by a page is one item");
        assertEquals(List.of(6, 6, 3, 3, 4), IntStream.rangeClosed(2, 6)
                .mapToObj(t -> items(p, HarvestType.RANDVOORWAARDE, 4, t).size()).toList());
        assertTrue(p.unrecognised().isEmpty(), "everything in the theme day is recognised");
    }

    @Test
    void seed5EmpathySessionGivesBottlenecksAndTheFollowUp() throws IOException {
        String text = seed("05");
        ReportProposal p = parser.parse(text);
        assertNothingLost(text, p);
        assertEquals("Kanteling Systeem: de geleerde lessen", p.gathering().title());
        assertEquals(LocalDate.of(2020, 11, 17), p.gathering().date(), "the session's date, not the page's");
        assertEquals(GatheringKind.EMPATHIESESSIE, p.gathering().kind());
        assertEquals(List.of("Zet", "Zorgbelang Brabant | Zeeland"), p.gathering().organisers());
        List<Item> bottlenecks = items(p, HarvestType.KNELPUNT, null, null);
        assertEquals(List.of("Knelpunt 1: Lange en stroperige doorlooptijd",
                "Knelpunt 2: Beleid, gebaande processen en regels als obstakel"),
                bottlenecks.stream().map(Item::text).toList());
        assertTrue(bottlenecks.get(0).governmentView().startsWith("Waar heeft een ambtenaar")
                && bottlenecks.get(0).governmentView().contains("zittingsperiode"));
        assertTrue(bottlenecks.get(0).initiativeView().startsWith("Waar heeft een sociaal ondernemer")
                && bottlenecks.get(0).initiativeView().contains("eigenaar"));
        assertTrue(bottlenecks.get(1).governmentView().contains("bondgenoten"), "both paragraphs of a side");
        assertTrue(bottlenecks.get(1).initiativeView().contains("warme contacten"));
        assertEquals(HarvestType.VERVOLGACTIE, itemStarting(p, "'Best practises en voorbeelden").type());
        assertTrue(p.lines().stream().anyMatch(l -> l.role() == LineRole.HEADING && l.text().equals("Het vervolg")));
        assertTrue(p.unrecognised().stream().anyMatch(l -> l.text().equals("Cookie-instellingen")));
    }
}
