package nl.netwerkplaats.network.api;

import java.util.List;

import nl.netwerkplaats.kernel.figures.MonthTally;
import nl.netwerkplaats.kernel.figures.Tally;

/**
 * The growth of the network in a period. People are confirmed accounts; organisations include initiatives (kind
 * {@code RESIDENT_INITIATIVE}) and leave out those merged into another.
 *
 * @param peopleBefore           people who joined before the period (and still have an account)
 * @param peoplePerMonth         people who joined, per month ({@code 2026-03}); months without any are left out
 * @param organisationsBefore    organisations registered before the period
 * @param organisationsPerMonth  organisations registered, per month and {@link OrganisationKind} name
 * @param peoplePerMunicipality  people who joined in the period, per municipality code of their profile
 * @param organisationsPerMunicipality organisations registered in the period, per municipality they work in (an
 *                               organisation in two municipalities counts in both)
 */
public record NetworkGrowth(long peopleBefore, List<Tally> peoplePerMonth, long organisationsBefore,
                            List<MonthTally> organisationsPerMonth, List<Tally> peoplePerMunicipality,
                            List<Tally> organisationsPerMunicipality) {

    public NetworkGrowth {
        peoplePerMonth = List.copyOf(peoplePerMonth);
        organisationsPerMonth = List.copyOf(organisationsPerMonth);
        peoplePerMunicipality = List.copyOf(peoplePerMunicipality);
        organisationsPerMunicipality = List.copyOf(organisationsPerMunicipality);
    }

    public long peopleJoined() {
        return peoplePerMonth.stream().mapToLong(Tally::count).sum();
    }

    public long organisationsRegistered() {
        return organisationsPerMonth.stream().mapToLong(MonthTally::count).sum();
    }
}
