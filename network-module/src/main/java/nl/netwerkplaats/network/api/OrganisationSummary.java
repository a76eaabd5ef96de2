package nl.netwerkplaats.network.api;

import java.util.Set;

public record OrganisationSummary(long id, String name, OrganisationKind kind, boolean verified,
                                  Set<String> municipalityCodes) {

    public OrganisationSummary {
        municipalityCodes = Set.copyOf(municipalityCodes);
    }
}
