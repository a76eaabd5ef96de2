package nl.netwerkplaats.network.api;

import java.util.Set;

/**
 * An offer of support in the same terms as a request. {@code municipalityCode} null means anywhere;
 * {@code organisationId} names the organisation that offers (the author must be a member), or null for a person.
 */
public record SupportOfferDraft(String title, String description, Set<Long> themeIds, String municipalityCode,
                                Set<HelpKind> helpKinds, Long organisationId) {

    public SupportOfferDraft {
        themeIds = themeIds == null ? Set.of() : Set.copyOf(themeIds);
        helpKinds = helpKinds == null ? Set.of() : Set.copyOf(helpKinds);
    }
}
