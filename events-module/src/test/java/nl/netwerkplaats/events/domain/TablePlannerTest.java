package nl.netwerkplaats.events.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import nl.netwerkplaats.events.domain.TablePlanner.Person;

class TablePlannerTest {

    private static final String[] ROLES = {"INWONER", "PROFESSIONAL", "BELEID", "VRIJWILLIGER"};
    private static final String[] MUNICIPALITIES = {"GM0150", "GM0153", "GM0193"};

    /** 36 people from 6 organisations of 6, 4 roles and 3 municipalities, like a themadag with 6 tables. */
    private static List<Person> themadag() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            people.add(Person.free(i, "Organisatie " + (i / 6), ROLES[i % 4], MUNICIPALITIES[i % 3]));
        }
        return people;
    }

    @Test
    void noOrganisationSitsTwiceAtOneTableWhenItCanBeAvoided() {
        List<Person> people = themadag();
        Map<Long, Integer> round = TablePlanner.plan(people, 6, 1, false).get(0);

        for (List<Person> table : tables(people, round).values()) {
            assertEquals(table.size(), table.stream().map(Person::organisation).distinct().count(),
                    "one per organisation: " + table);
        }
    }

    @Test
    void rolesAndMunicipalitiesAreSpreadAndTablesAreEven() {
        List<Person> people = themadag();
        Map<Long, Integer> round = TablePlanner.plan(people, 6, 1, false).get(0);

        for (List<Person> table : tables(people, round).values()) {
            assertEquals(6, table.size());
            Map<String, Long> roles = count(table, Person::role);
            // 9 of each role over 6 tables: at most 2 at a table
            assertTrue(roles.values().stream().allMatch(n -> n <= 2), "roles " + roles);
            Map<String, Long> places = count(table, Person::municipality);
            // 12 per municipality over 6 tables: exactly 2 each is possible
            assertTrue(places.values().stream().allMatch(n -> n <= 3), "municipalities " + places);
        }
    }

    @Test
    void unevenNumbersGiveTablesThatDifferByAtMostOne() {
        List<Person> people = themadag().subList(0, 23);
        Map<Long, Integer> round = TablePlanner.plan(people, 5, 1, false).get(0);

        List<Integer> sizes = tables(people, round).values().stream().map(List::size).toList();
        assertEquals(5, sizes.size());
        assertTrue(sizes.stream().mapToInt(i -> i).max().orElseThrow()
                - sizes.stream().mapToInt(i -> i).min().orElseThrow() <= 1, "sizes " + sizes);
        assertEquals(23, round.size(), "everyone placed");
    }

    @Test
    void fixedHostsStayAtTheirTableInEveryRound() {
        List<Person> people = new ArrayList<>(themadag());
        people.set(0, new Person(0, "Organisatie 0", "PROFESSIONAL", null, Map.of(0, 4, 1, 4, 2, 4)));
        people.set(7, new Person(7, "Organisatie 1", "BELEID", null, Map.of(0, 2, 1, 2, 2, 2)));

        List<Map<Long, Integer>> plan = TablePlanner.plan(people, 6, 3, true);

        for (Map<Long, Integer> round : plan) {
            assertEquals(4, round.get(0L));
            assertEquals(2, round.get(7L));
        }
    }

    @Test
    void rotationMakesPeopleMeetNewTableMates() {
        List<Person> people = themadag();
        List<Map<Long, Integer>> plan = TablePlanner.plan(people, 6, 3, true);

        Map<Long, Set<Long>> met = new HashMap<>();
        int repeats = 0;
        for (Map<Long, Integer> round : plan) {
            for (List<Person> table : tables(people, round).values()) {
                for (Person a : table) {
                    for (Person b : table) {
                        if (a.key() < b.key() && !met.computeIfAbsent(a.key(), k -> new HashSet<>()).add(b.key())) {
                            repeats++;
                        }
                    }
                }
            }
        }
        // 3 rounds of 6 tables of 6 = 270 pairs; organisation spread keeps its weight, so a few repeats may remain
        assertTrue(repeats <= 15, "pairs who met again: " + repeats);
        long moved = people.stream().filter(p -> !plan.get(0).get(p.key()).equals(plan.get(1).get(p.key()))).count();
        assertTrue(moved >= 30, "most people change table: " + moved);
    }

    @Test
    void withoutRotationEveryoneKeepsTheirTable() {
        List<Person> people = themadag();
        List<Map<Long, Integer>> plan = TablePlanner.plan(people, 6, 3, false);

        assertEquals(plan.get(0), plan.get(1));
        assertEquals(plan.get(0), plan.get(2));
    }

    @Test
    void samePeopleGiveTheSamePlan() {
        assertEquals(TablePlanner.plan(themadag(), 6, 2, true), TablePlanner.plan(themadag(), 6, 2, true));
    }

    @Test
    void oneBigOrganisationIsSpreadEvenly() {
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            people.add(Person.free(i, i < 12 ? "Gemeente" : "Buurtclub " + i, null, null));
        }
        Map<Long, Integer> round = TablePlanner.plan(people, 4, 1, false).get(0);

        for (List<Person> table : tables(people, round).values()) {
            assertEquals(3, table.stream().filter(p -> "gemeente".equals(p.organisation())).count(),
                    "12 from one organisation over 4 tables: 3 each");
        }
    }

    private static Map<Integer, List<Person>> tables(List<Person> people, Map<Long, Integer> round) {
        return people.stream().collect(Collectors.groupingBy(p -> round.get(p.key())));
    }

    private static Map<String, Long> count(List<Person> table, Function<Person, String> what) {
        return table.stream().collect(Collectors.groupingBy(what, Collectors.counting()));
    }
}
