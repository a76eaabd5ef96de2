package nl.netwerkplaats.events.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import nl.netwerkplaats.events.api.Contributor;
import nl.netwerkplaats.events.api.GatheringKind;
import nl.netwerkplaats.events.domain.ContributorEntry;
import nl.netwerkplaats.events.domain.Gathering;
import nl.netwerkplaats.network.api.ContributionKind;
import nl.netwerkplaats.network.api.ContributionMade;

/**
 * When a gathering has taken place, the members who hosted it, and the speakers of a pitch session, have
 * contributed to the network. The network module records that after the commit, once per person and gathering.
 */
@ApplicationScoped
public class EndedGatherings {

    @Inject
    private Event<ContributionMade> contributions;

    public void record(Gathering gathering) {
        String source = "gathering:" + gathering.getId();
        for (ContributorEntry c : gathering.getContributors()) {
            if (c.getAccountId() == null) {
                continue;
            }
            if (c.getKind() == Contributor.Kind.HOST) {
                contributions.fire(new ContributionMade(c.getAccountId(), ContributionKind.HOSTED_TABLE, source));
            } else if (gathering.getKind() == GatheringKind.PITCH_SESSIE) {
                contributions.fire(new ContributionMade(c.getAccountId(), ContributionKind.PITCHED_CASE, source));
            }
        }
    }
}
