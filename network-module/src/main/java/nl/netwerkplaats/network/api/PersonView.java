package nl.netwerkplaats.network.api;

import java.util.List;
import java.util.Set;

/**
 * A person as someone else sees them: a field the person did not open to this viewer is null (or empty), never
 * filled in.
 */
public record PersonView(long id, String displayName, NetworkRole networkRole, String email,
                         String municipalityCode, String bio, String offers, String seeks, Set<Long> themeIds,
                         boolean photoVisible, List<MembershipView> memberships) {

    public PersonView {
        themeIds = Set.copyOf(themeIds);
        memberships = List.copyOf(memberships);
    }
}
