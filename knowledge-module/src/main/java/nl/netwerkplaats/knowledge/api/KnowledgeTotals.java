package nl.netwerkplaats.knowledge.api;

import java.util.List;

import nl.netwerkplaats.kernel.figures.Tally;

/**
 * Knowledge items published in a period (published or archived since).
 *
 * @param published       all of them
 * @param perType         per {@link KnowledgeType} name
 * @param perTheme        per theme id (an item with two themes counts for both)
 * @param perMonth        per month ({@code 2026-03}) of publication
 * @param perMunicipality per municipality code (an item about two municipalities counts for both)
 */
public record KnowledgeTotals(long published, List<Tally> perType, List<Tally> perTheme, List<Tally> perMonth,
                              List<Tally> perMunicipality) {

    public KnowledgeTotals {
        perType = List.copyOf(perType);
        perTheme = List.copyOf(perTheme);
        perMonth = List.copyOf(perMonth);
        perMunicipality = List.copyOf(perMunicipality);
    }
}
