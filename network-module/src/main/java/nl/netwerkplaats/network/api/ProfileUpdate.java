package nl.netwerkplaats.network.api;

import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record ProfileUpdate(@NotBlank @Size(max = 120) String displayName,
                            NetworkRole networkRole,
                            @Pattern(regexp = "GM\\d{4}") String municipalityCode,
                            @Size(max = Profiles.MAX_TEXT) String bio,
                            @Size(max = Profiles.MAX_TEXT) String offers,
                            @Size(max = Profiles.MAX_TEXT) String seeks,
                            @NotNull Set<Long> themeIds,
                            @NotNull @Pattern(regexp = "nl|en") String language,
                            @NotNull Map<ProfileField, Audience> visibility) {

    public ProfileUpdate {
        themeIds = themeIds == null ? Set.of() : Set.copyOf(themeIds);
        visibility = visibility == null ? Map.of() : Map.copyOf(visibility);
    }
}
