package nl.netwerkplaats.web.security;

import java.security.Principal;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;

/** The signed-in person of this request, looked up once; pages use it as {@code #{currentUser}}. */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext security;

    @Inject
    private Accounts accounts;

    private Optional<AccountView> account;

    public Optional<AccountView> account() {
        if (account == null) {
            Principal principal = security.getCallerPrincipal();
            account = principal == null ? Optional.empty() : accounts.findByEmail(principal.getName());
        }
        return account;
    }

    public boolean isSignedIn() {
        return account().isPresent();
    }

    /** The account id; only call on pages and in actions that require a signed-in member. */
    public long id() {
        return account().orElseThrow(() -> new NotSignedInException()).id();
    }

    public boolean isCoordinator() {
        return security.isCallerInRole(Roles.COORDINATOR) || security.isCallerInRole(Roles.ADMIN);
    }

    public boolean isAdmin() {
        return security.isCallerInRole(Roles.ADMIN);
    }

    public boolean isEditor() {
        return security.isCallerInRole(Roles.EDITOR) || security.isCallerInRole(Roles.ADMIN);
    }

    /** Thrown when an action that needs a member runs without one; the error page asks to log in. */
    public static class NotSignedInException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
