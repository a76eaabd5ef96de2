package nl.netwerkplaats.network.domain;

import static nl.netwerkplaats.network.domain.MatchingWeights.Place.ELSEWHERE;
import static nl.netwerkplaats.network.domain.MatchingWeights.Place.SAME_MUNICIPALITY;
import static nl.netwerkplaats.network.domain.MatchingWeights.Place.SAME_PROVINCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The matching weights on small cases where everyone agrees which candidate should come first. */
class MatchingTest {

    private record Candidate(String name, int themes, MatchingWeights.Place place, double text, int help,
                             int successes) {
        double score() {
            return MatchingWeights.score(themes, place, text, help, successes);
        }
    }

    private static String best(Candidate... candidates) {
        return List.of(candidates).stream().max(Comparator.comparingDouble(Candidate::score)).orElseThrow().name();
    }

    @Test
    void localOrganisationOnTheThemeBeatsADistantOneThatOnlyUsesSimilarWords() {
        assertEquals("buurthuis Deventer", best(
                new Candidate("buurthuis Deventer", 1, SAME_MUNICIPALITY, 0.1, 0, 0),
                new Candidate("stichting elders", 0, ELSEWHERE, 0.4, 0, 0)));
    }

    @Test
    void sameMunicipalityComesBeforeSameProvinceBeforeElsewhere() {
        Candidate here = new Candidate("Deventer", 1, SAME_MUNICIPALITY, 0.2, 0, 0);
        Candidate province = new Candidate("Zwolle", 1, SAME_PROVINCE, 0.2, 0, 0);
        Candidate far = new Candidate("Maastricht", 1, ELSEWHERE, 0.2, 0, 0);
        assertTrue(here.score() > province.score() && province.score() > far.score());
    }

    @Test
    void anOfferWordedAlmostLikeTheRequestBeatsOneSharedThemeAlone() {
        assertEquals("bijna dezelfde tekst", best(
                new Candidate("bijna dezelfde tekst", 0, ELSEWHERE, 0.6, 0, 0),
                new Candidate("alleen het thema", 1, ELSEWHERE, 0.0, 0, 0)));
    }

    @Test
    void moreSharedThemesRankHigherButOnlyUpToTheCap() {
        assertEquals("twee thema's", best(
                new Candidate("een thema", 1, SAME_PROVINCE, 0.1, 0, 0),
                new Candidate("twee thema's", 2, SAME_PROVINCE, 0.1, 0, 0)));
        assertEquals(MatchingWeights.score(MatchingWeights.MAX_COUNTED_THEMES, ELSEWHERE, 0, 0, 0),
                MatchingWeights.score(12, ELSEWHERE, 0, 0, 0));
    }

    @Test
    void offerGivingTheKindsOfHelpAskedForWinsAmongEquals() {
        assertEquals("biedt handen en ruimte", best(
                new Candidate("biedt geld", 1, SAME_PROVINCE, 0.2, 0, 0),
                new Candidate("biedt handen en ruimte", 1, SAME_PROVINCE, 0.2, 2, 0)));
    }

    @Test
    void earlierSuccessesTipTheBalanceButNeverOutweighATheme() {
        assertEquals("hielp eerder", best(
                new Candidate("nieuw", 1, SAME_MUNICIPALITY, 0.2, 0, 0),
                new Candidate("hielp eerder", 1, SAME_MUNICIPALITY, 0.2, 0, 2)));
        assertEquals("zelfde thema", best(
                new Candidate("zelfde thema", 1, ELSEWHERE, 0.0, 0, 0),
                new Candidate("veel successen", 0, ELSEWHERE, 0.0, 0, 50)));
        assertEquals("zelfde gemeente", best(
                new Candidate("zelfde gemeente", 0, SAME_MUNICIPALITY, 0.0, 0, 0),
                new Candidate("veel successen", 0, ELSEWHERE, 0.0, 0, 50)));
    }

    @Test
    void nothingInCommonScoresZero() {
        assertEquals(0.0, MatchingWeights.score(0, ELSEWHERE, 0, 0, 0));
    }

    @Test
    void sqlExpressionCarriesTheSameWeights() {
        String sql = MatchingWeights.sqlScore("t", "p", "x", "h", "s");
        assertEquals("(3.0 * least(t, 3) + (case p when 2 then 4.0 when 1 then 1.5 else 0 end) + 8.0 * x"
                + " + 1.0 * least(h, 3) + 0.5 * least(s, 4))", sql);
    }
}
