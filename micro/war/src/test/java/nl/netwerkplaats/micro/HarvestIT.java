package nl.netwerkplaats.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

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
import nl.netwerkplaats.events.api.HarvestItemDraft;
import nl.netwerkplaats.events.api.HarvestItemView;
import nl.netwerkplaats.events.api.HarvestOrigin;
import nl.netwerkplaats.events.api.HarvestType;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.NotOrganiserException;
import nl.netwerkplaats.events.api.ParticipantRole;
import nl.netwerkplaats.events.api.PlacementView;
import nl.netwerkplaats.events.api.RegistrationRequest;
import nl.netwerkplaats.events.api.Registrations;
import nl.netwerkplaats.events.api.SeatView;
import nl.netwerkplaats.events.api.TablePlacements;
import nl.netwerkplaats.events.api.Programme;
import nl.netwerkplaats.events.api.ProgrammeView;
import nl.netwerkplaats.events.api.RoundDraft;
import nl.netwerkplaats.events.api.RoundView;
import nl.netwerkplaats.events.api.StaleHarvestItemException;
import nl.netwerkplaats.events.api.TableDraft;
import nl.netwerkplaats.events.api.TableView;
import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;

/**
 * The programme (rounds, tables) and the live harvest inside Payara Micro against PostgreSQL: who may change what,
 * tables capturing at the same time, two phones editing one item.
 */
@ExtendWith(ArquillianExtension.class)
class HarvestIT {

    private static final String PASSWORD = "een lang wachtwoord voor de oogst";

    @Deployment
    static WebArchive deployment() {
        return Deployments.netwerkplaats().addClasses(HarvestIT.class);
    }

    @Inject
    private Gatherings gatherings;

    @Inject
    private Programme programme;

    @Inject
    private Harvest harvest;

    @Inject
    private Accounts accounts;

    @Inject
    private Registrations registrations;

    @Inject
    private TablePlacements placements;

    @Test
    void organiserPlansRoundsInOrderAndTablesWithHostAndNoteTaker() {
        AccountView organiser = member("Oogst Organisator");
        AccountView noteTaker = member("Notulist Nina");
        GatheringView g = gathering(organiser);

        RoundView second = programme.addRound(organiser.id(), g.id(), new RoundDraft("Knelpunten",
                "Waar loopt u tegenaan?", null, null));
        RoundView first = programme.addRound(organiser.id(), g.id(), new RoundDraft("Best practices",
                "Welke best practices kent u uit uw eigen omgeving?", g.startsAt(), g.startsAt().plusMinutes(45)));
        programme.moveRound(organiser.id(), first.id(), 1);
        TableView tafel1 = programme.addTable(organiser.id(), g.id(), new TableDraft(1, "Eenzaamheid", null,
                "Gerrit Gastheer", noteTaker.id(), null));

        ProgrammeView view = programme.programme(g.id());
        assertEquals(List.of(first.id(), second.id()), view.rounds().stream().map(RoundView::id).toList());
        assertEquals(List.of(1, 2), view.rounds().stream().map(RoundView::position).toList());
        assertEquals("Notulist Nina", view.tables().get(0).noteTakerName(), "a member's name comes from the network");
        assertEquals("Gerrit Gastheer", view.tables().get(0).hostName());

        InvalidInputException taken = assertThrows(InvalidInputException.class,
                () -> programme.addTable(organiser.id(), g.id(), new TableDraft(1, "Dubbel", null, null, null, null)));
        assertEquals("number", taken.field());
        assertEquals(InvalidInputException.Problem.NUMBER_TAKEN, taken.problem());
        InvalidInputException endsEarly = assertThrows(InvalidInputException.class,
                () -> programme.addRound(organiser.id(), g.id(), new RoundDraft("Terug in de tijd", null,
                        g.startsAt(), g.startsAt().minusMinutes(5))));
        assertEquals("endsAt", endsEarly.field());
        assertThrows(NotOrganiserException.class, () -> programme.addRound(noteTaker.id(), g.id(),
                new RoundDraft("Niet van mij", null, null, null)));
        assertThrows(NotOrganiserException.class, () -> programme.updateTable(noteTaker.id(), tafel1.id(),
                new TableDraft(1, "Overgenomen", null, null, noteTaker.id(), null)));
        assertEquals(2, programme.programme(g.id()).rounds().size(), "refused changes saved nothing");

        programme.removeRound(organiser.id(), first.id());
        assertEquals(1, programme.programme(g.id()).rounds().get(0).position(), "the rest moves up");
    }

    @Test
    void noteTakerCapturesOnlyForTheirOwnTableAndOrganisersForAll() {
        AccountView organiser = member("Olaf Oogst");
        AccountView nina = member("Nina Notuleert");
        AccountView stranger = member("Sjaak Vreemd");
        GatheringView g = gathering(organiser);
        RoundView round = programme.addRound(organiser.id(), g.id(), new RoundDraft("Ronde 1", "Vraag?", null, null));
        TableView mine = programme.addTable(organiser.id(), g.id(), new TableDraft(1, null, null, null, nina.id(), null));
        TableView other = programme.addTable(organiser.id(), g.id(), new TableDraft(2, null, null, null, null, "Piet"));

        HarvestItemView knelpunt = harvest.capture(nina.id(), g.id(), new HarvestItemDraft(mine.id(), round.id(),
                HarvestType.KNELPUNT, "Regels voor vrijwilligers", null, "Wet- en regelgeving is streng",
                "Te veel formulieren", null));
        assertEquals("Nina Notuleert", knelpunt.authorName());
        assertEquals("Te veel formulieren", knelpunt.initiativeView());
        assertTrue(harvest.mayCapture(nina.id(), g.id(), mine.id()));
        assertFalse(harvest.mayCapture(nina.id(), g.id(), other.id()));
        assertFalse(harvest.mayCapture(nina.id(), g.id(), null), "the plenary is for organisers");

        assertThrows(NotOrganiserException.class, () -> harvest.capture(nina.id(), g.id(),
                HarvestItemDraft.of(other.id(), round.id(), HarvestType.IDEE, "Niet mijn tafel")));
        assertThrows(NotOrganiserException.class, () -> harvest.capture(stranger.id(), g.id(),
                HarvestItemDraft.of(mine.id(), round.id(), HarvestType.IDEE, "Ik zit hier niet")));
        assertThrows(NotOrganiserException.class, () -> harvest.revise(nina.id(), knelpunt.id(), knelpunt.version(),
                new HarvestItemDraft(other.id(), round.id(),
                        HarvestType.KNELPUNT, "Verhuisd", null, null, null, null)), "nor move it to another table");
        assertThrows(NotOrganiserException.class, () -> harvest.items(stranger.id(), g.id()));
        HarvestItemView plenary = harvest.capture(organiser.id(), g.id(),
                HarvestItemDraft.of(null, null, HarvestType.CONSTATERING, "Iedereen was op tijd"));

        InvalidInputException empty = assertThrows(InvalidInputException.class, () -> harvest.capture(nina.id(),
                g.id(), HarvestItemDraft.of(mine.id(), round.id(), HarvestType.IDEE, "   ")));
        assertEquals("text", empty.field());
        InvalidInputException long_ = assertThrows(InvalidInputException.class, () -> harvest.capture(nina.id(),
                g.id(), HarvestItemDraft.of(mine.id(), round.id(), HarvestType.IDEE, "x".repeat(Harvest.MAX_TEXT + 1))));
        assertEquals(Harvest.MAX_TEXT, long_.limit());
        GatheringView elsewhere = gathering(organiser);
        TableView foreign = programme.addTable(organiser.id(), elsewhere.id(), new TableDraft(1, null, null, null,
                null, null));
        assertEquals("tableId", assertThrows(InvalidInputException.class, () -> harvest.capture(organiser.id(),
                g.id(), HarvestItemDraft.of(foreign.id(), null, HarvestType.IDEE, "Verkeerde tafel"))).field());

        assertEquals(List.of(knelpunt.id(), plenary.id()),
                harvest.items(nina.id(), g.id()).stream().map(HarvestItemView::id).toList(),
                "round 1 first, items without a round last; refused items were never saved");
    }

    @Test
    void tablesCapturingAtTheSameTimeLoseNothing() throws Exception {
        AccountView organiser = member("Gelijktijdig Georganiseerd");
        GatheringView g = gathering(organiser);
        RoundView round = programme.addRound(organiser.id(), g.id(), new RoundDraft("Ronde", null, null, null));
        int tableCount = 6;
        int perTable = 15;
        List<AccountView> noteTakers = new ArrayList<>();
        List<TableView> tables = new ArrayList<>();
        for (int t = 1; t <= tableCount; t++) {
            AccountView n = member("Notulist " + t);
            noteTakers.add(n);
            tables.add(programme.addTable(organiser.id(), g.id(), new TableDraft(t, "Thema " + t, null, null,
                    n.id(), null)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(tableCount * 2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> work = new ArrayList<>();
        try {
            for (int t = 0; t < tableCount; t++) {
                for (int phone = 0; phone < 2; phone++) {
                    int table = t;
                    int p = phone;
                    work.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < perTable; i++) {
                            harvest.capture(noteTakers.get(table).id(), g.id(), HarvestItemDraft.of(
                                    tables.get(table).id(), round.id(), HarvestType.BEST_PRACTICE,
                                    "tafel " + (table + 1) + " telefoon " + p + " item " + i));
                        }
                        return null;
                    }));
                }
            }
            start.countDown();
            for (Future<?> f : work) {
                f.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<HarvestItemView> items = harvest.items(organiser.id(), g.id());
        assertEquals(tableCount * 2 * perTable, items.size());
        assertEquals(items.size(), items.stream().map(HarvestItemView::text).distinct().count(), "none doubled");
        for (int t = 0; t < tableCount; t++) {
            long tableId = tables.get(t).id();
            String prefix = "tafel " + (t + 1) + " ";
            assertTrue(items.stream().filter(i -> i.tableId() == tableId).allMatch(i -> i.text().startsWith(prefix)),
                    "every item stays at its own table");
        }
        List<Long> tableOrder = items.stream().map(HarvestItemView::tableId).toList();
        List<Long> sorted = new ArrayList<>(tableOrder);
        sorted.sort((a, b) -> Integer.compare(number(tables, a), number(tables, b)));
        assertEquals(sorted, tableOrder, "report order is by table");
    }

    @Test
    void twoPhonesEditingOneItemNeverOverwriteEachOtherSilently() throws Exception {
        AccountView organiser = member("Twee Telefoons");
        AccountView noteTaker = member("Notulist Dubbel");
        GatheringView g = gathering(organiser);
        TableView table = programme.addTable(organiser.id(), g.id(), new TableDraft(3, null, null, null,
                noteTaker.id(), null));
        HarvestItemView item = harvest.capture(noteTaker.id(), g.id(),
                HarvestItemDraft.of(table.id(), null, HarvestType.KERNBOODSCHAP, "Samen"));

        HarvestItemView first = harvest.revise(noteTaker.id(), item.id(), item.version(),
                HarvestItemDraft.of(table.id(), null, HarvestType.KERNBOODSCHAP, "Samen sterk"));
        StaleHarvestItemException stale = assertThrows(StaleHarvestItemException.class,
                () -> harvest.revise(organiser.id(), item.id(), item.version(),
                        HarvestItemDraft.of(table.id(), null, HarvestType.KERNBOODSCHAP, "Samen zwak")));
        assertEquals("Samen sterk", stale.current().text(), "the page can show what the other phone saved");
        assertEquals(first.version(), stale.current().version());

        // Both phones hold the same version and press save at the same moment: exactly one wins.
        int phones = 8;
        ExecutorService pool = Executors.newFixedThreadPool(phones);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int p = 0; p < phones; p++) {
                String text = "Versie van telefoon " + p;
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        harvest.revise(noteTaker.id(), item.id(), first.version(),
                                HarvestItemDraft.of(table.id(), null, HarvestType.KERNBOODSCHAP, text));
                        return text;
                    } catch (StaleHarvestItemException e) {
                        return null;
                    } catch (jakarta.ejb.EJBException e) {
                        return null;
                    }
                }));
            }
            start.countDown();
            List<String> winners = new ArrayList<>();
            for (Future<String> f : results) {
                String w = f.get(60, TimeUnit.SECONDS);
                if (w != null) {
                    winners.add(w);
                }
            }
            assertEquals(1, winners.size(), "exactly one save wins: " + winners);
            HarvestItemView now = harvest.items(organiser.id(), g.id()).get(0);
            assertEquals(winners.get(0), now.text());
            assertEquals(first.version() + 1, now.version());
        } finally {
            pool.shutdownNow();
        }

        assertThrows(StaleHarvestItemException.class, () -> harvest.remove(noteTaker.id(), item.id(), item.version()));
        HarvestItemView current = harvest.items(organiser.id(), g.id()).get(0);
        harvest.remove(noteTaker.id(), item.id(), current.version());
        assertNull(assertThrows(StaleHarvestItemException.class, () -> harvest.revise(noteTaker.id(), item.id(),
                current.version(), current.toDraft())).current(), "removed meanwhile");
    }

    @Test
    void captureAllKeepsReadingOrderAndIsAllOrNothing() {
        AccountView organiser = member("Import Ineke");
        GatheringView g = gathering(organiser);
        RoundView r1 = programme.addRound(organiser.id(), g.id(), new RoundDraft("Ronde 1", null, null, null));
        TableView t1 = programme.addTable(organiser.id(), g.id(), new TableDraft(1, null, null, null, null, null));
        List<HarvestItemDraft> drafts = List.of(
                HarvestItemDraft.of(t1.id(), r1.id(), HarvestType.BEST_PRACTICE, "Eerste"),
                HarvestItemDraft.of(t1.id(), r1.id(), HarvestType.RODE_DRAAD, "Tweede"),
                HarvestItemDraft.of(t1.id(), r1.id(), HarvestType.KERNBOODSCHAP, "Derde"));

        List<HarvestItemView> saved = harvest.captureAll(organiser.id(), g.id(), HarvestOrigin.IMPORTED,
                "Verslaglegger", drafts);

        assertEquals(List.of("Eerste", "Tweede", "Derde"), harvest.shownItems(g.id()).stream()
                .map(HarvestItemView::text).toList());
        assertEquals("Verslaglegger", saved.get(0).authorName());
        assertEquals(HarvestOrigin.IMPORTED, saved.get(0).origin());

        List<HarvestItemDraft> bad = List.of(HarvestItemDraft.of(t1.id(), r1.id(), HarvestType.IDEE, "Goed"),
                HarvestItemDraft.of(t1.id(), r1.id(), HarvestType.IDEE, ""));
        assertThrows(InvalidInputException.class, () -> harvest.captureAll(organiser.id(), g.id(),
                HarvestOrigin.IMPORTED, null, bad));
        assertEquals(3, harvest.shownItems(g.id()).size(), "nothing half-saved");
    }

    @Test
    void placementSpreadsOrganisationsKeepsHostsAtTheirTableAndKeepsHandMadeSeats() {
        AccountView organiser = member("Plaats Organisator");
        GatheringView g = gathering(organiser);
        gatherings.publish(organiser.id(), g.id());
        RoundView r1 = programme.addRound(organiser.id(), g.id(), new RoundDraft("Ronde 1", null, null, null));
        RoundView r2 = programme.addRound(organiser.id(), g.id(), new RoundDraft("Ronde 2", null, null, null));
        AccountView host = member("Hanna Host");
        List<TableView> tables = new ArrayList<>();
        for (int t = 1; t <= 3; t++) {
            tables.add(programme.addTable(organiser.id(), g.id(), new TableDraft(t, "Thema " + t,
                    t == 2 ? host.id() : null, null, null, null)));
        }
        registrations.register(g.id(), RegistrationRequest.member(host.id(), "Wijkteam", ParticipantRole.PROFESSIONAL,
                null, true, "nl"));
        List<AccountView> people = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            AccountView m = member("Deelnemer " + i);
            people.add(m);
            registrations.register(g.id(), RegistrationRequest.member(m.id(), "Organisatie " + (i % 4),
                    ParticipantRole.values()[i % 3], null, true, "nl"));
        }
        assertThrows(NotOrganiserException.class, () -> placements.place(host.id(), g.id(), true));

        PlacementView placed = placements.place(organiser.id(), g.id(), true);

        long hostReg = placed.people().stream().filter(p -> p.name().equals("Hanna Host")).findFirst().orElseThrow()
                .registrationId();
        for (RoundView r : List.of(r1, r2)) {
            assertTrue(placed.unplaced(r.id()).isEmpty(), "everyone has a table in " + r.title());
            assertEquals(tables.get(1).id(), placed.tableOf(hostReg, r.id()), "the host stays at table 2");
            for (TableView t : tables) {
                List<PlacementView.Person> at = placed.at(r.id(), t.id());
                assertEquals(4, at.size(), "12 people over 3 tables");
                assertTrue(at.stream().collect(java.util.stream.Collectors.groupingBy(
                        p -> String.valueOf(p.organisation()), java.util.stream.Collectors.counting())).values()
                        .stream().allMatch(n -> n <= 2), "organisations spread: " + at);
            }
        }

        long someone = placed.people().stream().filter(p -> p.name().equals("Deelnemer 0")).findFirst().orElseThrow()
                .registrationId();
        placements.move(organiser.id(), g.id(), someone, r2.id(), tables.get(2).id());
        PlacementView again = placements.place(organiser.id(), g.id(), true);
        assertEquals(tables.get(2).id(), again.tableOf(someone, r2.id()), "a hand-made seat survives a new placement");

        List<SeatView> mine = placements.seatsOf(people.get(0).id(), g.id());
        assertEquals(2, mine.size());
        assertEquals("Ronde 1", mine.get(0).roundTitle());
        assertEquals(3, mine.get(1).tableNumber());
        assertEquals("Thema 3", mine.get(1).topic());
        assertTrue(placements.seatsOf(organiser.id(), g.id()).isEmpty(), "not registered: no table");
        assertEquals("roundId", assertThrows(InvalidInputException.class, () -> placements.move(organiser.id(),
                g.id(), someone, null, tables.get(0).id())).field());
    }

    private static int number(List<TableView> tables, Long id) {
        return tables.stream().filter(t -> t.id() == id).findFirst().orElseThrow().number();
    }

    private GatheringView gathering(AccountView organiser) {
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).plusDays(20).withNano(0);
        return gatherings.create(organiser.id(), new GatheringDraft("Oogstdag " + UUID.randomUUID(),
                GatheringKind.THEMADAG, List.of("Oogsten"), null, start, start.plusHours(4), "Zaal", null, "GM0150",
                null, List.of(), List.of(), List.of(), 100, null, Audience.EVERYONE, null, false));
    }

    private AccountView member(String name) {
        return accounts.createConfirmed(name, "oogst-" + UUID.randomUUID() + "@netwerkplaats.test", PASSWORD, Set.of());
    }
}
