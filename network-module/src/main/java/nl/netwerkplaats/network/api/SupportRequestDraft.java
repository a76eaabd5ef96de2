package nl.netwerkplaats.network.api;

import java.util.Set;

/**
 * What a member fills in to ask for support. {@code organisationId} names the organisation or initiative the
 * member asks for (they must be a member of it), or is null when they ask for themselves.
 */
public record SupportRequestDraft(String title, String need, String reason, Set<Long> themeIds,
                                  String municipalityCode, Urgency urgency, Set<HelpKind> helpKinds,
                                  Long organisationId) {

    public SupportRequestDraft {
        themeIds = themeIds == null ? Set.of() : Set.copyOf(themeIds);
        helpKinds = helpKinds == null ? Set.of() : Set.copyOf(helpKinds);
    }
}
