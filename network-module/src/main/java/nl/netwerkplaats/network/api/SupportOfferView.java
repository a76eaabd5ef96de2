package nl.netwerkplaats.network.api;

import java.time.Instant;
import java.util.List;

/** An offer as everyone sees it; {@code offeredBy} is the organisation, or the person when their consent allows. */
public record SupportOfferView(long id, String title, String description, List<Long> themeIds,
                               String municipalityCode, List<HelpKind> helpKinds, String offeredBy,
                               Long organisationId, boolean active, Instant createdAt, boolean mine) {
}
