package nl.netwerkplaats.network.api;

import java.util.List;

/** The public fields of an organisation as the sociale kaart, its exports and the REST API show them. */
public record DirectoryHit(long id, String name, OrganisationKind kind, boolean verified, String description,
                           String offers, String needs, String website, List<String> municipalityCodes,
                           List<Long> themeIds) {

    public DirectoryHit {
        municipalityCodes = List.copyOf(municipalityCodes);
        themeIds = List.copyOf(themeIds);
    }
}
