package nl.netwerkplaats.events.application;

import java.util.List;

import nl.netwerkplaats.events.api.Contributor;
import nl.netwerkplaats.events.api.GatheringSummary;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.ParticipantView;
import nl.netwerkplaats.events.api.RegistrationView;
import nl.netwerkplaats.events.api.HarvestItemView;
import nl.netwerkplaats.events.api.TableView;
import nl.netwerkplaats.events.domain.Gathering;
import nl.netwerkplaats.events.domain.GatheringTable;
import nl.netwerkplaats.events.domain.HarvestItem;
import nl.netwerkplaats.events.domain.Registration;
import nl.netwerkplaats.events.infrastructure.GatheringMails;
import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;

/** Entities to the api's records, inside the transaction. */
final class Views {

    private Views() {
    }

    static GatheringView gathering(Gathering g, long confirmed, long waiting, Accounts accounts) {
        List<Contributor> contributors = g.getContributors().stream()
                .map(c -> new Contributor(c.getKind(), c.getAccountId(), c.getAccountId() == null ? c.getName()
                        : accounts.findById(c.getAccountId()).map(AccountView::displayName).orElse(null)))
                .toList();
        return new GatheringView(g.getId(), g.getTitle(), g.getKind(), g.getGoals(), g.getDescription(),
                g.getStartsAt(), g.getEndsAt(), g.getVenueName(), g.getVenueAddress(), g.getMunicipalityCode(),
                g.getOnlineUrl(), g.getOrganisationIds(), contributors, g.getThemeIds(), g.getCapacity(),
                g.getRegistrationDeadline(), g.getAudience(), g.getAudienceGroupId(), g.isApprovalRequired(),
                g.getStatus(), g.getCancelReason(), g.getOrganiserIds(), g.getPreviousEditionId(), confirmed, waiting,
                seatsLeft(g, confirmed));
    }

    static GatheringSummary summary(Gathering g, long confirmed) {
        return new GatheringSummary(g.getId(), g.getTitle(), g.getKind(), g.getStartsAt(), g.getEndsAt(),
                g.getVenueName(), g.getMunicipalityCode(), g.getOnlineUrl(), g.getThemeIds(), g.getStatus(),
                g.getCapacity(), seatsLeft(g, confirmed));
    }

    private static Integer seatsLeft(Gathering g, long confirmed) {
        return g.getCapacity() == null ? null : (int) Math.max(0, g.getCapacity() - confirmed);
    }

    static RegistrationView registration(Registration r, Long waitingPosition) {
        return new RegistrationView(r.getId(), r.getGatheringId(), r.getAccountId(), r.getName(), r.getEmail(),
                r.getOrganisation(), r.getRole(), r.getNeeds(), r.isListed(), r.getStatus(), waitingPosition,
                r.getCode(), r.isWalkIn(), r.isPresent(), r.getCreatedAt());
    }

    static ParticipantView participant(Registration r) {
        return new ParticipantView(r.getName(), r.getOrganisation(), r.getRole());
    }

    /** @param names display names of members by account id */
    static TableView table(GatheringTable t, java.util.Map<Long, String> names) {
        return new TableView(t.getId(), t.getGatheringId(), t.getNumber(), t.getTopic(), t.getHostAccountId(),
                t.getHostAccountId() == null ? t.getHostName() : names.get(t.getHostAccountId()),
                t.getNoteTakerAccountId(),
                t.getNoteTakerAccountId() == null ? t.getNoteTakerName() : names.get(t.getNoteTakerAccountId()));
    }

    static HarvestItemView item(HarvestItem i, java.util.Map<Long, String> names) {
        return new HarvestItemView(i.getId(), i.getGatheringId(), i.getTableId(), i.getRoundId(), i.getType(),
                i.getText(), i.getPitchedBy(), i.getGovernmentView(), i.getInitiativeView(), i.getCaseItemId(),
                i.getAuthorAccountId(),
                i.getAuthorAccountId() != null && i.getAuthorName() == null ? names.get(i.getAuthorAccountId())
                        : i.getAuthorName(),
                i.getOrigin(), i.getStatus(), i.getPosition(), i.getCreatedAt(), i.getUpdatedAt(), i.getVersion());
    }

    static GatheringMails.Facts facts(Gathering g) {
        return new GatheringMails.Facts(g.getId(), g.getTitle(), g.getStartsAt(), g.getEndsAt(), g.getVenueName(),
                g.getVenueAddress(), g.getMunicipalityCode(), g.getOnlineUrl());
    }
}
