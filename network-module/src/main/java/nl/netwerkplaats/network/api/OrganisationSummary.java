package nl.netwerkplaats.network.api;

import java.io.Serializable;
import java.util.Set;

public record OrganisationSummary(long id, String name, OrganisationKind kind, boolean verified,
                                  Set<String> municipalityCodes) implements Serializable {

    public OrganisationSummary {
        municipalityCodes = Set.copyOf(municipalityCodes);
    }
}
