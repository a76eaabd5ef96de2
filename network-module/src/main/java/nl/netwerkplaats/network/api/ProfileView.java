package nl.netwerkplaats.network.api;

import java.util.Map;
import java.util.Set;

/** Everything of a person's profile, for that person to edit. */
public record ProfileView(long id, String displayName, String email, NetworkRole networkRole,
                          String municipalityCode, String bio, String offers, String seeks, Set<Long> themeIds,
                          String language, Map<ProfileField, Audience> visibility, boolean hasPhoto) {

    public ProfileView {
        themeIds = Set.copyOf(themeIds);
        visibility = Map.copyOf(visibility);
    }
}
