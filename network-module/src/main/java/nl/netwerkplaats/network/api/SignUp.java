package nl.netwerkplaats.network.api;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a newcomer fills in to join the network. */
public record SignUp(@NotBlank @Size(max = 120) String displayName,
                     @NotBlank @Email @Size(max = 254) String email,
                     @NotNull String password,
                     @NotNull NetworkRole networkRole,
                     @NotBlank @Pattern(regexp = "GM\\d{4}") String municipalityCode,
                     @NotNull Set<Long> themeIds,
                     @NotNull @Pattern(regexp = "nl|en") String language) {

    public SignUp {
        themeIds = themeIds == null ? Set.of() : Set.copyOf(themeIds);
    }
}
