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
import nl.netwerkplaats.events.api.Gatherings;
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

    static final String REPORT = String.join("\n", "Themadag Importtest, 2 april 2022", "", "Vraag:",
            "Welke best practices kent u?", "", "Tafel 1", "Best practices", "- Het buurtontbijt.", "Rode draden",
            "- Rode draad 1: samen.", "Kernboodschap", "- Gewoon beginnen.", "", "Een losse zin zonder kop.");

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
        assertEquals(List.of(HarvestType.BEST_PRACTICE, HarvestType.RODE_DRAAD, HarvestType.KERNBOODSCHAP,
                HarvestType.BEST_PRACTICE), p.items().stream().map(ReportProposal.Item::type).toList());
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
}
