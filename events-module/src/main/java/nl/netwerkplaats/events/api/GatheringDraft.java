package nl.netwerkplaats.events.api;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What an organiser fills in. Checked by the service ({@link InvalidGatheringException} names the field).
 *
 * @param capacity             the number of seats, or null for no limit
 * @param registrationDeadline the last moment to register, or null for "until the start"
 * @param audienceGroupId      the group whose members may register when the audience is {@link Audience#GROUP}
 * @param approvalRequired     registrations wait for an organiser's approval (closed gatherings)
 */
public record GatheringDraft(String title, GatheringKind kind, List<String> goals, String description,
                             OffsetDateTime startsAt, OffsetDateTime endsAt, String venueName, String venueAddress,
                             String municipalityCode, String onlineUrl, List<Long> organisationIds,
                             List<Contributor> contributors, List<Long> themeIds, Integer capacity,
                             OffsetDateTime registrationDeadline, Audience audience, Long audienceGroupId,
                             boolean approvalRequired) {

    public GatheringDraft {
        goals = goals == null ? List.of() : List.copyOf(goals);
        organisationIds = organisationIds == null ? List.of() : List.copyOf(organisationIds);
        contributors = contributors == null ? List.of() : List.copyOf(contributors);
        themeIds = themeIds == null ? List.of() : List.copyOf(themeIds);
        audience = audience == null ? Audience.EVERYONE : audience;
    }
}
