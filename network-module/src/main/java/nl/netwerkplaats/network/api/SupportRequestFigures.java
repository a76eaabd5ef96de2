package nl.netwerkplaats.network.api;

import java.util.List;

import nl.netwerkplaats.kernel.figures.Tally;

/**
 * Requests for support asked in a period and how far they got.
 *
 * @param perStatus        requests per {@link SupportStatus} name, as they stand now
 * @param asked            all requests asked in the period (the top of the funnel)
 * @param pickedUp         requests someone took up: no longer {@code NEW}, or linked to a party
 * @param linked           requests linked to at least one party
 * @param accepted         requests where at least one linked party accepted
 * @param completed        requests completed ({@code COMPLETED})
 * @param medianHoursToMatch median of the hours from asking to the first link, over the linked requests; null
 *                         when none was linked
 * @param averageHoursToMatch the average of the same; null when none was linked
 * @param perMunicipality  requests asked per municipality code
 * @param perMonth         requests asked per month ({@code 2026-03})
 */
public record SupportRequestFigures(List<Tally> perStatus, long asked, long pickedUp, long linked, long accepted,
                                    long completed, Double medianHoursToMatch, Double averageHoursToMatch,
                                    List<Tally> perMunicipality, List<Tally> perMonth) {

    public SupportRequestFigures {
        perStatus = List.copyOf(perStatus);
        perMunicipality = List.copyOf(perMunicipality);
        perMonth = List.copyOf(perMonth);
    }
}
