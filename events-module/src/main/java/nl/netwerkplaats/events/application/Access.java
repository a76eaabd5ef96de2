package nl.netwerkplaats.events.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import nl.netwerkplaats.events.api.NotOrganiserException;
import nl.netwerkplaats.events.domain.Gathering;
import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.Role;

/** Who may run a gathering: its organisers, and coordinators and administrators for every gathering. */
@Stateless
public class Access {

    @Inject
    private Accounts accounts;

    public boolean isCoordinator(Long accountId) {
        return accountId != null && accounts.findById(accountId).map(Access::coordinates).orElse(false);
    }

    public boolean mayOrganise(Long accountId, Gathering gathering) {
        return accountId != null && (gathering.isOrganiser(accountId) || isCoordinator(accountId));
    }

    public void requireOrganiser(long accountId, Gathering gathering) {
        if (!mayOrganise(accountId, gathering)) {
            throw new NotOrganiserException(accountId, gathering.getId());
        }
    }

    private static boolean coordinates(AccountView account) {
        return account.roles().contains(Role.COORDINATOR) || account.roles().contains(Role.ADMIN);
    }
}
