package nl.netwerkplaats.network.application;

import java.util.Set;

import jakarta.persistence.EntityManager;

import nl.netwerkplaats.network.api.CoordinatorsOnlyException;
import nl.netwerkplaats.network.api.Role;
import nl.netwerkplaats.network.domain.Account;

/** The helpdesk and the loket are run by coordinators; administrators may stand in for them. */
final class CoordinatorCheck {

    private CoordinatorCheck() {
    }

    /** @throws CoordinatorsOnlyException when the account does not exist or has neither role */
    static Account requireCoordinator(EntityManager em, long actorId) {
        Account actor = em.find(Account.class, actorId);
        Set<Role> roles = actor == null ? Set.of() : actor.getRoles();
        if (!roles.contains(Role.COORDINATOR) && !roles.contains(Role.ADMIN)) {
            throw new CoordinatorsOnlyException(actorId);
        }
        return actor;
    }
}
