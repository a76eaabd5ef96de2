package nl.netwerkplaats.events.api;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A gathering with everything anyone may read about it; counts but no names of registrants.
 *
 * @param organiserIds accounts that may change it (the creator first)
 * @param seatsLeft    free seats, or null when there is no limit
 */
public record GatheringView(long id, String title, GatheringKind kind, List<String> goals, String description,
                            OffsetDateTime startsAt, OffsetDateTime endsAt, String venueName, String venueAddress,
                            String municipalityCode, String onlineUrl, List<Long> organisationIds,
                            List<Contributor> contributors, List<Long> themeIds, Integer capacity,
                            OffsetDateTime registrationDeadline, Audience audience, Long audienceGroupId,
                            boolean approvalRequired, GatheringStatus status, String cancelReason,
                            List<Long> organiserIds, Long previousEditionId, long confirmedCount, long waitingCount,
                            Integer seatsLeft) implements Serializable {

    public GatheringView {
        goals = List.copyOf(goals);
        organisationIds = List.copyOf(organisationIds);
        contributors = List.copyOf(contributors);
        themeIds = List.copyOf(themeIds);
        organiserIds = List.copyOf(organiserIds);
    }

    /** The draft to edit this gathering with, or to start its next edition from. */
    public GatheringDraft toDraft() {
        return new GatheringDraft(title, kind, goals, description, startsAt, endsAt, venueName, venueAddress,
                municipalityCode, onlineUrl, organisationIds, contributors, themeIds, capacity, registrationDeadline,
                audience, audienceGroupId, approvalRequired);
    }

    public boolean full() {
        return seatsLeft != null && seatsLeft <= 0;
    }
}
