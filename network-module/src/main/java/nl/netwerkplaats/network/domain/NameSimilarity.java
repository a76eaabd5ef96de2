package nl.netwerkplaats.network.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether two organisation names probably mean the same organisation: equal after dropping legal forms, accents,
 * punctuation and filler words, or close by edit distance, or sharing nearly all their significant words.
 */
public final class NameSimilarity {

    private static final Set<String> FILLER = Set.of("stichting", "vereniging", "st", "de", "het", "een", "van",
            "voor", "en", "bv", "b", "v", "nv", "cooperatie", "coop", "ua", "in", "op", "te");

    private NameSimilarity() {
    }

    public static boolean similar(String a, String b) {
        String left = normalise(a);
        String right = normalise(b);
        if (left.isEmpty() || right.isEmpty()) {
            return false;
        }
        if (left.equals(right) || left.contains(right) && right.length() >= 5
                || right.contains(left) && left.length() >= 5) {
            return true;
        }
        int longest = Math.max(left.length(), right.length());
        if (distance(left, right) <= Math.max(1, longest / 5)) {
            return true;
        }
        Set<String> wordsLeft = new HashSet<>(Arrays.asList(left.split(" ")));
        Set<String> wordsRight = new HashSet<>(Arrays.asList(right.split(" ")));
        Set<String> shared = new HashSet<>(wordsLeft);
        shared.retainAll(wordsRight);
        return !shared.isEmpty() && shared.size() * 4 >= Math.max(wordsLeft.size(), wordsRight.size()) * 3;
    }

    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
        return Arrays.stream(plain.split(" ")).filter(w -> !w.isEmpty() && !FILLER.contains(w))
                .reduce((x, y) -> x + " " + y).orElse("");
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
