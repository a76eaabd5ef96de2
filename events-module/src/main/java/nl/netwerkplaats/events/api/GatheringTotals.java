package nl.netwerkplaats.events.api;

import java.util.List;

import nl.netwerkplaats.kernel.figures.Tally;

/**
 * Gatherings in a period.
 *
 * @param held                gatherings that took place: ended, or with a published report
 * @param planned             published gatherings in the period that have not ended yet
 * @param heldPerMonth        held gatherings per month ({@code 2026-03}) of their start
 * @param heldPerKind         held gatherings per {@link GatheringKind} name
 * @param heldPerMunicipality held gatherings per venue municipality code (online-only ones are left out)
 * @param attendance          registrations of the held gatherings: confirmed seats, present, no-shows, walk-ins,
 *                            those left on the waiting list, and the same per {@link ParticipantRole}
 */
public record GatheringTotals(long held, long planned, List<Tally> heldPerMonth, List<Tally> heldPerKind,
                              List<Tally> heldPerMunicipality, Attendance attendance,
                              List<Tally> harvestPerType) {

    public GatheringTotals {
        heldPerMonth = List.copyOf(heldPerMonth);
        heldPerKind = List.copyOf(heldPerKind);
        heldPerMunicipality = List.copyOf(heldPerMunicipality);
        harvestPerType = List.copyOf(harvestPerType);
    }
}
