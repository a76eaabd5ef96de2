package nl.netwerkplaats.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import nl.netwerkplaats.events.api.Audience;
import nl.netwerkplaats.events.api.GatheringDraft;
import nl.netwerkplaats.events.api.GatheringKind;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.Gatherings;
import nl.netwerkplaats.events.api.Harvest;
import nl.netwerkplaats.events.api.HarvestItemView;
import nl.netwerkplaats.events.api.HarvestOrigin;
import nl.netwerkplaats.events.api.Programme;
import nl.netwerkplaats.events.api.ProgrammeView;
import nl.netwerkplaats.events.api.ReportImport;
import nl.netwerkplaats.events.api.RoundDraft;
import nl.netwerkplaats.events.api.TableDraft;
import nl.netwerkplaats.events.api.HarvestType;
import nl.netwerkplaats.events.api.ImportNotAllowedException;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.ReportImports;
import nl.netwerkplaats.events.api.ReportProposal;
import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.Role;

/** The report importer inside the application: who may import, the limits, and that a proposal saves nothing. */
@ExtendWith(ArquillianExtension.class)
class ReportImportIT {

    static final String REPORT = String.join("\n", "Themadag Importtest, 2 april 2022", "Een losse zin zonder kop.", "", "Vraag:",
            "Welke best practices kent u?", "", "Tafel 1", "Best practices", "- Het buurtontbijt.", "Rode draden",
            "- Rode draad 1: samen.", "Kernboodschap", "- Gewoon beginnen.");

    /** A pitch with suggestions at a second table, to see the suggestion find its case after saving. */
    static final String PITCH = String.join("\n", "Pitchavond Importtest, 3 mei 2023", "", "Tafel 2",
            "Casus Buurtbus: de bus rijdt niet meer.", "Suggesties:", "- Vraag de ouderenbond.", "- Zoek sponsors.",
            "", "Knelpunt 1: de vergunning", "- Gemeente: de regels zijn streng.", "- Initiatief: het duurt te lang.");

    @Deployment
    static WebArchive deployment() {
        return Deployments.netwerkplaats().addClasses(ReportImportIT.class);
    }

    @Inject
    private ReportImports imports;

    @Inject
    private Gatherings gatherings;

    @Inject
    private Accounts accounts;

    @Inject
    private Programme programme;

    @Inject
    private Harvest harvest;

    /** The proposal as the user accepts it without changes. */
    private static ReportImport accepted(ReportProposal p, OffsetDateTime startsAt) {
        GatheringDraft gathering = new GatheringDraft(p.gathering().title(), p.gathering().kind(),
                p.gathering().goals(), null, startsAt, startsAt.plusHours(3), "Wijkcentrum", null, null, null,
                List.of(), List.of(), List.of(), null, null, Audience.EVERYONE, null, false);
        return new ReportImport(gathering,
                p.rounds().stream().map(r -> new RoundDraft(r.title() == null ? "Ronde " + r.number() : r.title(),
                        r.question(), null, null)).toList(),
                p.tables().stream().map(t -> new TableDraft(t.number(), t.topic(), null, null, null, null)).toList(),
                p.items().stream().map(i -> new ReportImport.Item(i.type(), i.text(), i.round(), i.table(),
                        i.pitcher(), i.forCase(), i.governmentView(), i.initiativeView())).toList(),
                "Verslaglegger Vera");
    }

    private AccountView account(String name, Set<Role> roles) {
        return accounts.createConfirmed(name, "import-it-" + UUID.randomUUID() + "@netwerkplaats.test",
                "een lang wachtwoord voor de importtest", roles);
    }

    @Test
    void coordinatorsAndOrganisersMayImportOtherMembersMayNot() {
        AccountView coordinator = account("Coco Coördinator", Set.of(Role.COORDINATOR));
        AccountView organiser = account("Otto Organisator", Set.of());
        AccountView member = account("Mia Lid", Set.of());
        OffsetDateTime start = OffsetDateTime.now().plusDays(30);
        gatherings.create(organiser.id(), new GatheringDraft("Bijeenkomst van Otto", GatheringKind.ONTMOETING,
                List.of(), null, start, start.plusHours(2), "Wijkhuis", null, null, null, List.of(), List.of(),
                List.of(), null, null, Audience.EVERYONE, null, false));

        assertTrue(imports.mayImport(coordinator.id()));
        assertTrue(imports.mayImport(organiser.id()));
        assertFalse(imports.mayImport(member.id()));
        assertThrows(ImportNotAllowedException.class, () -> imports.propose(member.id(), REPORT));
        assertFalse(imports.propose(coordinator.id(), REPORT).items().isEmpty());
    }

    @Test
    void aProposalSavesNothingAndSerialisesAsJson() throws Exception {
        AccountView coordinator = account("Cas Coördinator", Set.of(Role.COORDINATOR));
        AccountView organiser = account("Olga Organisator", Set.of());
        OffsetDateTime start = OffsetDateTime.now().plusDays(31);
        gatherings.create(organiser.id(), new GatheringDraft("Bijeenkomst van Olga", GatheringKind.ONTMOETING,
                List.of(), null, start, start.plusHours(2), "Wijkhuis", null, null, null, List.of(), List.of(),
                List.of(), null, null, Audience.EVERYONE, null, false));
        int before = gatherings.organisedBy(organiser.id()).size();

        ReportProposal p = imports.propose(organiser.id(), REPORT);

        assertEquals(before, gatherings.organisedBy(organiser.id()).size(), "nothing saved");
        assertEquals(1, gatherings.organisedBy(organiser.id()).size());
        assertEquals("Themadag Importtest", p.gathering().title());
        assertEquals(GatheringKind.THEMADAG, p.gathering().kind());
        assertEquals(List.of(HarvestType.NOTITIE, HarvestType.BEST_PRACTICE, HarvestType.RODE_DRAAD,
                HarvestType.KERNBOODSCHAP), p.items().stream().map(ReportProposal.Item::type).toList());
        assertEquals(List.of("Een losse zin zonder kop."),
                p.unrecognised().stream().map(ReportProposal.Line::text).toList());
        try (Jsonb jsonb = JsonbBuilder.create()) {
            String json = jsonb.toJson(p);
            assertTrue(json.contains("\"date\":\"2022-04-02\""), json);
            assertTrue(json.contains("\"type\":\"RODE_DRAAD\""), json);
            assertTrue(json.contains("\"role\":\"TABLE\""), json);
        }
        assertTrue(imports.mayImport(coordinator.id()));
    }

    @Test
    void blankAndOverlongReportsAreRefusedByField() {
        AccountView coordinator = account("Cor Coördinator", Set.of(Role.COORDINATOR));
        InvalidInputException blank = assertThrows(InvalidInputException.class,
                () -> imports.propose(coordinator.id(), " \n\t "));
        assertEquals("text", blank.field());
        assertEquals(InvalidInputException.Problem.REQUIRED, blank.problem());
        InvalidInputException tooLong = assertThrows(InvalidInputException.class,
                () -> imports.propose(coordinator.id(), "x".repeat(ReportImports.MAX_CHARS + 1)));
        assertEquals(InvalidInputException.Problem.TOO_LONG, tooLong.problem());
        assertEquals(ReportImports.MAX_CHARS, tooLong.limit());
        assertEquals(1, imports.propose(coordinator.id(), "x".repeat(ReportImports.MAX_CHARS)).items().size());
    }

    @Test
    void savingCreatesTheGatheringItsProgrammeAndTheHarvestInReadingOrder() {
        AccountView organiser = account("Ilse Importeur", Set.of());
        OffsetDateTime start = OffsetDateTime.parse("2023-05-03T19:00:00+02:00");
        gatherings.create(organiser.id(), new GatheringDraft("Eerdere bijeenkomst van Ilse", GatheringKind.MEETUP,
                List.of(), null, start.plusYears(4), start.plusYears(4).plusHours(1), "Wijkhuis", null, null, null,
                List.of(), List.of(), List.of(), null, null, Audience.EVERYONE, null, false));

        ReportProposal themadag = imports.propose(organiser.id(), REPORT);
        GatheringView saved = imports.save(organiser.id(), accepted(themadag, start));
        ProgrammeView programmeView = programme.programme(saved.id());
        assertEquals("Themadag Importtest", saved.title());
        assertEquals(1, programmeView.rounds().size());
        assertEquals("Welke best practices kent u?", programmeView.rounds().get(0).question());
        assertEquals(1, programmeView.tables().size());
        List<HarvestItemView> items = harvest.items(organiser.id(), saved.id());
        assertEquals(4, items.size());
        long table1 = programmeView.tables().get(0).id();
        assertEquals(List.of(HarvestType.BEST_PRACTICE, HarvestType.RODE_DRAAD, HarvestType.KERNBOODSCHAP),
                items.stream().filter(i -> Long.valueOf(table1).equals(i.tableId())).map(HarvestItemView::type)
                        .toList());
        assertTrue(items.stream().allMatch(i -> i.origin() == HarvestOrigin.IMPORTED
                && "Verslaglegger Vera".equals(i.authorName())));

        ReportProposal pitch = imports.propose(organiser.id(), PITCH);
        GatheringView pitchSaved = imports.save(organiser.id(), accepted(pitch, start));
        List<HarvestItemView> pitchItems = harvest.items(organiser.id(), pitchSaved.id());
        HarvestItemView casus = pitchItems.stream().filter(i -> i.type() == HarvestType.CASUS).findFirst()
                .orElseThrow();
        List<HarvestItemView> suggestions = pitchItems.stream().filter(i -> i.type() == HarvestType.SUGGESTIE)
                .toList();
        assertEquals(2, suggestions.size());
        assertTrue(suggestions.stream().allMatch(s -> Long.valueOf(casus.id()).equals(s.caseItemId())),
                "each suggestion points at the case it advises on");
        HarvestItemView bottleneck = pitchItems.stream().filter(i -> i.type() == HarvestType.KNELPUNT).findFirst()
                .orElseThrow();
        assertEquals("Gemeente: de regels zijn streng.", bottleneck.governmentView());
        assertEquals("Initiatief: het duurt te lang.", bottleneck.initiativeView());
        assertEquals(3, gatherings.organisedBy(organiser.id()).size());
    }

    @Test
    void aBadItemSavesNothingAndNamesTheItem() {
        AccountView organiser = account("Iris Importeur", Set.of());
        OffsetDateTime own = OffsetDateTime.now().plusDays(50);
        gatherings.create(organiser.id(), new GatheringDraft("Bijeenkomst van Iris", GatheringKind.MEETUP, List.of(),
                null, own, own.plusHours(1), "Wijkhuis", null, null, null, List.of(), List.of(), List.of(), null,
                null, Audience.EVERYONE, null, false));
        ReportProposal p = imports.propose(organiser.id(), REPORT);
        ReportImport good = accepted(p, OffsetDateTime.parse("2022-04-02T13:00:00+02:00"));
        List<ReportImport.Item> items = new java.util.ArrayList<>(good.items());
        items.set(2, new ReportImport.Item(HarvestType.RODE_DRAAD, "x".repeat(Harvest.MAX_TEXT + 1), 1, 1, null,
                null, null, null));
        ReportImport bad = new ReportImport(good.gathering(), good.rounds(), good.tables(), items, null);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> imports.save(organiser.id(), bad));
        assertEquals("items[2].text", e.field());
        assertEquals(InvalidInputException.Problem.TOO_LONG, e.problem());

        ReportImport noPlace = new ReportImport(new GatheringDraft("Themadag Importtest", GatheringKind.THEMADAG,
                List.of(), null, OffsetDateTime.parse("2022-04-02T13:00:00+02:00"),
                OffsetDateTime.parse("2022-04-02T17:00:00+02:00"), null, null, null, null, List.of(), List.of(),
                List.of(), null, null, Audience.EVERYONE, null, false), good.rounds(), good.tables(), good.items(),
                null);
        assertEquals("venueName", assertThrows(InvalidInputException.class,
                () -> imports.save(organiser.id(), noPlace)).field());
        assertEquals(1, gatherings.organisedBy(organiser.id()).size(), "nothing saved");
        AccountView member = account("Mo Lid", Set.of());
        assertThrows(ImportNotAllowedException.class, () -> imports.save(member.id(), good));
    }
}
