package nl.netwerkplaats.benchmark;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nl.netwerkplaats.events.api.ReportProposal;
import nl.netwerkplaats.events.infrastructure.reportimport.ReportParser;
import nl.netwerkplaats.events.infrastructure.reportimport.ReportText;

/**
 * Importing a report of 25,000 characters (the budget: under 200 ms). Runs the importer in this JVM, as the server
 * does for {@code POST /api/imports/report}: first the very first import in a fresh JVM (class loading, pattern
 * compilation: what the first user after a restart waits), then many imports after warm-up. The baseline, measured
 * in the same run on the same text, is only cutting the text into lines and cleaning them, which any line-based
 * reader has to do; the ratio says what recognising the structure costs on top.
 *
 * <pre>java -cp benchmark/target/netwerkplaats-benchmark.jar nl.netwerkplaats.benchmark.ReportImportBenchmark
 *     [--chars 25000] [--runs 2000] [--file report.txt]</pre>
 */
public final class ReportImportBenchmark {

    static final long BUDGET_MS = 200;

    private ReportImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int chars = Integer.parseInt(option(args, "--chars", "25000"));
        int runs = Integer.parseInt(option(args, "--runs", "2000"));
        String file = option(args, "--file", null);
        String text = file != null ? Files.readString(Path.of(file), StandardCharsets.UTF_8) : report(chars);

        long coldStart = System.nanoTime();
        ReportProposal first = new ReportParser().parse(text);
        double coldMs = (System.nanoTime() - coldStart) / 1e6;

        ReportParser parser = new ReportParser();
        for (int i = 0; i < Math.max(200, runs / 5); i++) { // warm-up
            sink += baseline(text) + parser.parse(text).items().size();
        }
        double[] base = new double[runs];
        double[] full = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            sink += baseline(text);
            long t1 = System.nanoTime();
            sink += parser.parse(text).items().size();
            long t2 = System.nanoTime();
            base[i] = (t1 - t0) / 1e6;
            full[i] = (t2 - t1) / 1e6;
        }
        Arrays.sort(base);
        Arrays.sort(full);
        System.out.printf(Locale.ROOT, "Report import: %,d characters, %,d lines, %d rounds, %d tables, %,d items,"
                        + " %d participants, %d unrecognised; %d runs, %d cores%n", text.length(),
                ReportText.lines(text).size(), first.rounds().size(), first.tables().size(), first.items().size(),
                first.participants().size(), first.unrecognised().size(), runs,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "%-36s %9s %9s %9s %9s%n", "scenario", "p50 ms", "p95 ms", "p99 ms", "max ms");
        print("baseline: split + clean lines", base);
        print("import (warm)", full);
        System.out.printf(Locale.ROOT, "%-36s %9.3f%n", "import (first in a fresh JVM)", coldMs);
        System.out.printf(Locale.ROOT, "import ÷ baseline: p50 %.1f, p99 %.1f%n", percentile(full, 0.5)
                / percentile(base, 0.5), percentile(full, 0.99) / percentile(base, 0.99));
        double worst = Math.max(coldMs, full[full.length - 1]);
        System.out.printf(Locale.ROOT, "budget %d ms: %s (slowest import %.1f ms)%n", BUDGET_MS,
                worst < BUDGET_MS ? "met" : "MISSED", worst);
        if (sink == 42) {
            System.out.println();
        }
    }

    private static long sink;

    private static int baseline(String text) {
        int kept = 0;
        for (String line : ReportText.lines(text)) {
            if (!ReportText.clean(line).isEmpty()) {
                kept++;
            }
        }
        return kept;
    }

    private static void print(String name, double[] sorted) {
        System.out.printf(Locale.ROOT, "%-36s %9.3f %9.3f %9.3f %9.3f%n", name, percentile(sorted, 0.50),
                percentile(sorted, 0.95), percentile(sorted, 0.99), sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    }

    /**
     * A theme-day report like the network's own: rounds with a question, six tables each with best practices,
     * rode draden and a kernboodschap, a case with suggestions, prose, and a participant list, cut at {@code chars}.
     */
    static String report(int chars) {
        StringBuilder b = new StringBuilder("Themadag Samen Sterk in Zwolle\n\n14 maart 2024\n\n")
                .append("Georganiseerd door Netwerkplaats Overijssel en Stichting Buurtkracht.\n\n");
        List<String> rounds = List.of("Best practices", "De gedroomde toekomst", "Randvoorwaarden", "Knelpunten");
        int round = 0;
        int sentence = 0;
        while (b.length() < chars - 2_000) {
            String title = rounds.get(round % rounds.size());
            b.append(++round).append(" Themadag - ").append(title).append("\n\nVraag:\nWat zijn uw ")
                    .append(title.toLowerCase(Locale.ROOT)).append(" voor ronde ").append(round).append("?\n\n");
            for (int table = 1; table <= 6 && b.length() < chars - 2_000; table++) {
                b.append("Tafel ").append(table).append("\n\nBest practices\n\n");
                for (int i = 0; i < 4; i++) {
                    b.append("- Best practice ").append(i + 1).append(": ").append(sentence(sentence++)).append('\n');
                }
                b.append("\nRode draden\n\n");
                for (int i = 0; i < 3; i++) {
                    b.append("- Rode draad ").append(i + 1).append(": ").append(sentence(sentence++)).append('\n');
                }
                b.append("\nCasus Buurthuis ").append(table).append(": ").append(sentence(sentence++))
                        .append("\nSuggesties uit de bijeenkomst:\n- ").append(sentence(sentence++)).append("\n- ")
                        .append(sentence(sentence++)).append("\n\nKernboodschap\n\n- Geheim van de tafel: ")
                        .append(sentence(sentence++)).append("\n\n").append(sentence(sentence++)).append(' ')
                        .append(sentence(sentence++)).append("\n\n");
            }
        }
        b.append("Het vervolg\n- De eerste afspraak is gepland. Wie sluit aan? 22 april 15.00 uur in Melick\n\n")
                .append("Deelnemerslijst:\nNaam – Organisatie\n");
        int person = 0;
        while (b.length() < chars) {
            b.append("Deelnemer ").append(++person).append(" – Organisatie ").append(person % 17).append('\n');
        }
        return b.substring(0, chars);
    }

    private static String sentence(int n) {
        String[] words = {"samen", "buurt", "vrijwilligers", "gemeente", "luisteren", "verbinden", "initiatief",
                "eenzaamheid", "ontmoeting", "zichtbaar", "vertrouwen", "korte lijnen", "doelgroep", "welzijn"};
        StringBuilder s = new StringBuilder("We zien dat");
        for (int i = 0; i < 12; i++) {
            s.append(' ').append(words[(n * 7 + i * 3) % words.length]);
        }
        return s.append('.').toString();
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
