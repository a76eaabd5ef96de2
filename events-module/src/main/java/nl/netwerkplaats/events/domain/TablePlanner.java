package nl.netwerkplaats.events.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Places people at tables for each round so that every table is a mix: "niet te veel organisaties bij elkaar",
 * target groups mixed, municipalities spread. Fixed people (hosts, note-takers, an organiser's manual choice) stay
 * where they are put; with rotation, people meet new faces in each round instead of the same table-mates.
 *
 * <p>Greedy placement followed by pairwise swaps while they lower the cost. The cost of a table counts pairs that
 * share an organisation (heaviest), a role, a municipality, and (with rotation) pairs who already sat together.
 * Table sizes differ by at most one among the non-fixed places. Pure Java and deterministic: same input, same plan.
 */
public final class TablePlanner {

    static final int SAME_ORGANISATION = 100;
    static final int MET_BEFORE = 30;
    static final int SAME_ROLE = 10;
    static final int SAME_MUNICIPALITY = 5;

    /**
     * Someone to place. {@code fixedTables} maps a round index to the table index they must sit at (missing: free).
     * Organisation, role and municipality may be null (unknown never counts as "the same").
     */
    public record Person(long key, String organisation, String role, String municipality,
                         Map<Integer, Integer> fixedTables) {

        public Person {
            organisation = organisation == null || organisation.isBlank() ? null
                    : organisation.strip().toLowerCase(java.util.Locale.ROOT);
            fixedTables = Map.copyOf(fixedTables);
        }

        public static Person free(long key, String organisation, String role, String municipality) {
            return new Person(key, organisation, role, municipality, Map.of());
        }
    }

    private TablePlanner() {
    }

    /**
     * @param tables number of tables (at least 1)
     * @param rounds number of rounds (at least 1)
     * @param rotate whether to mix people anew each round; otherwise everyone keeps the table of the first round
     * @return per round, the table index (0-based) of each person's key
     */
    public static List<Map<Long, Integer>> plan(List<Person> people, int tables, int rounds, boolean rotate) {
        if (tables < 1 || rounds < 1) {
            throw new IllegalArgumentException("tables and rounds must be at least 1");
        }
        List<Person> sorted = new ArrayList<>(people);
        sorted.sort(Comparator.comparingLong(Person::key));
        Map<Long, Set<Long>> met = new HashMap<>();
        List<Map<Long, Integer>> plan = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Map<Long, Integer> placed;
            if (round > 0 && !rotate) {
                placed = keepTables(sorted, plan.get(0), round, tables);
            } else {
                placed = placeRound(sorted, tables, round, rotate ? met : Map.of());
            }
            plan.add(placed);
            remember(met, placed);
        }
        return plan;
    }

    /** Total cost of one round's placement: the number the planner tries to keep low; tests read it too. */
    public static int cost(List<Person> people, Map<Long, Integer> placed, Map<Long, Set<Long>> met) {
        Map<Integer, List<Person>> byTable = new HashMap<>();
        for (Person p : people) {
            Integer t = placed.get(p.key());
            if (t != null) {
                byTable.computeIfAbsent(t, k -> new ArrayList<>()).add(p);
            }
        }
        int total = 0;
        for (List<Person> at : byTable.values()) {
            for (int i = 0; i < at.size(); i++) {
                for (int j = i + 1; j < at.size(); j++) {
                    total += pair(at.get(i), at.get(j), met);
                }
            }
        }
        return total;
    }

    private static Map<Long, Integer> keepTables(List<Person> people, Map<Long, Integer> first, int round,
                                                 int tables) {
        Map<Long, Integer> placed = new HashMap<>();
        for (Person p : people) {
            Integer fixed = p.fixedTables().get(round);
            placed.put(p.key(), fixed != null && fixed < tables ? fixed : first.get(p.key()));
        }
        return placed;
    }

    private static Map<Long, Integer> placeRound(List<Person> people, int tables, int round,
                                                 Map<Long, Set<Long>> met) {
        List<List<Person>> at = new ArrayList<>();
        for (int t = 0; t < tables; t++) {
            at.add(new ArrayList<>());
        }
        List<Person> free = new ArrayList<>();
        Set<Long> fixedKeys = new HashSet<>();
        for (Person p : people) {
            Integer fixed = p.fixedTables().get(round);
            if (fixed != null && fixed >= 0 && fixed < tables) {
                at.get(fixed).add(p);
                fixedKeys.add(p.key());
            } else {
                free.add(p);
            }
        }
        // Sizes: every table ends with floor or ceil of the average, counting the fixed people.
        int total = people.size();
        int ceil = (total + tables - 1) / tables;
        // People of big organisations and common roles first: they are the hardest to spread.
        Map<String, Long> orgCount = new HashMap<>();
        free.forEach(p -> orgCount.merge(String.valueOf(p.organisation()), 1L, Long::sum));
        free.sort(Comparator.<Person>comparingLong(p -> p.organisation() == null ? 0 : -orgCount.get(p.organisation()))
                .thenComparingLong(Person::key));
        for (Person p : free) {
            int best = -1;
            long bestScore = Long.MAX_VALUE;
            int smallest = at.stream().mapToInt(List::size).min().orElse(0);
            boolean roomLeft = smallest < ceil;
            for (int t = 0; t < tables; t++) {
                List<Person> table = at.get(t);
                if (roomLeft ? table.size() >= ceil : table.size() > smallest) {
                    continue;
                }
                long score = 0;
                for (Person q : table) {
                    score += pair(p, q, met);
                }
                // a light pull towards the emptier tables keeps sizes even
                score = score * 1000 + table.size();
                if (score < bestScore) {
                    bestScore = score;
                    best = t;
                }
            }
            at.get(best).add(p);
        }
        improveBySwaps(at, fixedKeys, met);
        Map<Long, Integer> placed = new HashMap<>();
        for (int t = 0; t < tables; t++) {
            for (Person p : at.get(t)) {
                placed.put(p.key(), t);
            }
        }
        return placed;
    }

    private static void improveBySwaps(List<List<Person>> at, Set<Long> fixed, Map<Long, Set<Long>> met) {
        boolean improved = true;
        for (int pass = 0; pass < 20 && improved; pass++) {
            improved = false;
            for (int a = 0; a < at.size(); a++) {
                for (int b = a + 1; b < at.size(); b++) {
                    List<Person> ta = at.get(a);
                    List<Person> tb = at.get(b);
                    for (int i = 0; i < ta.size(); i++) {
                        for (int j = 0; j < tb.size(); j++) {
                            Person p = ta.get(i);
                            Person q = tb.get(j);
                            if (fixed.contains(p.key()) || fixed.contains(q.key())) {
                                continue;
                            }
                            int before = with(ta, p, null, met) + with(tb, q, null, met);
                            int after = with(ta, q, p, met) + with(tb, p, q, met);
                            if (after < before) {
                                ta.set(i, q);
                                tb.set(j, p);
                                improved = true;
                            }
                        }
                    }
                }
            }
        }
    }

    /** Cost of {@code person} with everyone at {@code table} except {@code leaving} and themselves. */
    private static int with(List<Person> table, Person person, Person leaving, Map<Long, Set<Long>> met) {
        int sum = 0;
        for (Person q : table) {
            if (q != person && q != leaving) {
                sum += pair(person, q, met);
            }
        }
        return sum;
    }

    private static int pair(Person a, Person b, Map<Long, Set<Long>> met) {
        int c = 0;
        if (a.organisation() != null && a.organisation().equals(b.organisation())) {
            c += SAME_ORGANISATION;
        }
        if (a.role() != null && a.role().equals(b.role())) {
            c += SAME_ROLE;
        }
        if (a.municipality() != null && a.municipality().equals(b.municipality())) {
            c += SAME_MUNICIPALITY;
        }
        if (met.getOrDefault(a.key(), Set.of()).contains(b.key())) {
            c += MET_BEFORE;
        }
        return c;
    }

    private static void remember(Map<Long, Set<Long>> met, Map<Long, Integer> placed) {
        Map<Integer, List<Long>> byTable = new HashMap<>();
        placed.forEach((k, t) -> byTable.computeIfAbsent(t, x -> new ArrayList<>()).add(k));
        for (List<Long> keys : byTable.values()) {
            for (Long a : keys) {
                for (Long b : keys) {
                    if (!Objects.equals(a, b)) {
                        met.computeIfAbsent(a, x -> new HashSet<>()).add(b);
                    }
                }
            }
        }
    }
}
