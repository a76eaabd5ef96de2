package nl.netwerkplaats.network.api;

import java.io.Serializable;
import java.util.Set;

/** An organisation's public page. {@code contactName} is null unless the contact person shows their name. */
public record OrganisationView(long id, String name, OrganisationKind kind, String description, String offers,
                               String needs, String website, String kvkNumber, boolean verified,
                               Set<String> municipalityCodes, Set<Long> themeIds, Long contactId,
                               String contactName, boolean hasLogo) implements Serializable {

    public OrganisationView {
        municipalityCodes = Set.copyOf(municipalityCodes);
        themeIds = Set.copyOf(themeIds);
    }
}
