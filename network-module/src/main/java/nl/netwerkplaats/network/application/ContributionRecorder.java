package nl.netwerkplaats.network.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import nl.netwerkplaats.network.api.ContributionMade;

/**
 * Books contributions that any module reports, only once the reporting transaction committed: a contribution
 * whose transaction rolled back never reaches the ledger.
 */
@ApplicationScoped
public class ContributionRecorder {

    @Inject
    private ContributionService ledger;

    public void onContribution(@Observes(during = TransactionPhase.AFTER_SUCCESS) ContributionMade made) {
        ledger.record(made);
    }
}
