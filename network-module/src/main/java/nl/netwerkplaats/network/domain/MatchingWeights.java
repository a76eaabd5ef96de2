package nl.netwerkplaats.network.domain;

import java.util.Locale;

/**
 * Every weight of the matching between a support request and who could help, in one place. The database computes
 * the score with {@link #sqlScore} (so ranking thousands of candidates stays in PostgreSQL), and {@link #score}
 * is the same formula in Java, which the tests hold to cases with a known best answer.
 *
 * <p>The balance: one shared theme or working in the same municipality each outweighs a loose textual likeness,
 * a near-identical text outweighs a single shared theme, and earlier successes only tip the balance between
 * otherwise similar candidates.
 */
public final class MatchingWeights {

    /** Per theme the candidate shares with the request, counted up to {@link #MAX_COUNTED_THEMES}. */
    public static final double PER_SHARED_THEME = 3.0;
    public static final int MAX_COUNTED_THEMES = 3;

    public static final double SAME_MUNICIPALITY = 4.0;
    public static final double SAME_PROVINCE = 1.5;

    /** Times the Dutch text similarity, which lies between 0 and 1 ({@code ts_rank} with normalisation 32). */
    public static final double TEXT = 8.0;
    /** Below this similarity the text is not named as a reason (it still counts). */
    public static final double TEXT_REASON_THRESHOLD = 0.05;

    /**
     * A word found in more than this share of a table's rows (by PostgreSQL's statistics) is too common to make a
     * row a candidate by itself; it still counts in the text similarity of the candidates found otherwise.
     */
    public static final double COMMON_WORD_SHARE = 0.10;

    /** Per kind of help (kennis, handen, ...) an offer gives that the request asks for, up to {@link #MAX_COUNTED_HELP_KINDS}. */
    public static final double PER_SHARED_HELP_KIND = 1.0;
    public static final int MAX_COUNTED_HELP_KINDS = 3;

    /** Per earlier request this party helped to complete, up to {@link #MAX_COUNTED_SUCCESSES}. */
    public static final double PER_EARLIER_SUCCESS = 0.5;
    public static final int MAX_COUNTED_SUCCESSES = 4;

    /** Where the candidate works, seen from the request's municipality. */
    public enum Place {
        ELSEWHERE, SAME_PROVINCE, SAME_MUNICIPALITY;

        /** The code the SQL returns: 0 elsewhere, 1 same province, 2 same municipality. */
        public static Place of(int code) {
            return values()[Math.max(0, Math.min(2, code))];
        }
    }

    private MatchingWeights() {
    }

    public static double score(int sharedThemes, Place place, double textSimilarity, int sharedHelpKinds,
                               int earlierSuccesses) {
        double placeWeight = switch (place) {
            case SAME_MUNICIPALITY -> SAME_MUNICIPALITY;
            case SAME_PROVINCE -> SAME_PROVINCE;
            case ELSEWHERE -> 0;
        };
        return PER_SHARED_THEME * Math.min(sharedThemes, MAX_COUNTED_THEMES)
                + placeWeight
                + TEXT * textSimilarity
                + PER_SHARED_HELP_KIND * Math.min(sharedHelpKinds, MAX_COUNTED_HELP_KINDS)
                + PER_EARLIER_SUCCESS * Math.min(earlierSuccesses, MAX_COUNTED_SUCCESSES);
    }

    /**
     * The same formula as {@link #score} as a PostgreSQL expression over the given column expressions.
     *
     * @param place an integer expression: 0 elsewhere, 1 same province, 2 same municipality
     */
    public static String sqlScore(String sharedThemes, String place, String textSimilarity, String sharedHelpKinds,
                                  String earlierSuccesses) {
        return String.format(Locale.ROOT, "(%s * least(%s, %d) + (case %s when 2 then %s when 1 then %s else 0 end)"
                        + " + %s * %s + %s * least(%s, %d) + %s * least(%s, %d))",
                PER_SHARED_THEME, sharedThemes, MAX_COUNTED_THEMES, place, SAME_MUNICIPALITY, SAME_PROVINCE,
                TEXT, textSimilarity, PER_SHARED_HELP_KIND, sharedHelpKinds, MAX_COUNTED_HELP_KINDS,
                PER_EARLIER_SUCCESS, earlierSuccesses, MAX_COUNTED_SUCCESSES);
    }
}
