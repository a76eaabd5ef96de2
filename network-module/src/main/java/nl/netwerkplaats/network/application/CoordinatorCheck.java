package nl.netwerkplaats.network.application;

import jakarta.persistence.EntityManager;

import nl.netwerkplaats.network.api.CoordinatorsOnlyException;
import nl.netwerkplaats.network.domain.Account;

/** The helpdesk and the loket are run by coordinators; administrators may stand in for them. */
final class CoordinatorCheck {

    private CoordinatorCheck() {
    }

    /** @throws CoordinatorsOnlyException when the account does not exist or has neither role */
    static Account requireCoordinator(EntityManager em, long actorId) {
        Account actor = em.find(Account.class, actorId);
        if (actor == null || !actor.actsAsCoordinator()) {
            throw new CoordinatorsOnlyException(actorId);
        }
        return actor;
    }
}
