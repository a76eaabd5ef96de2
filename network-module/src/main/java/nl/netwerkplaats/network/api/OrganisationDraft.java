package nl.netwerkplaats.network.api;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What someone fills in for an organisation or initiative. */
public record OrganisationDraft(@NotBlank @Size(max = 160) String name,
                                @NotNull OrganisationKind kind,
                                @Size(max = Organisations.MAX_TEXT) String description,
                                @Size(max = Organisations.MAX_TEXT) String offers,
                                @Size(max = Organisations.MAX_TEXT) String needs,
                                @Size(max = 300) @Pattern(regexp = "https?://[^\\s<>\"]+") String website,
                                String kvkNumber,
                                @NotEmpty Set<String> municipalityCodes,
                                @NotNull Set<Long> themeIds) {

    public OrganisationDraft {
        municipalityCodes = municipalityCodes == null ? Set.of() : Set.copyOf(municipalityCodes);
        themeIds = themeIds == null ? Set.of() : Set.copyOf(themeIds);
        website = website == null || website.isBlank() ? null : website.strip();
    }
}
