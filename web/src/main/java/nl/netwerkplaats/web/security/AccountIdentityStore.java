package nl.netwerkplaats.web.security;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.LoginOutcome;
import nl.netwerkplaats.network.api.Role;

/** Validates e-mail and password against the network module's accounts; the roles become the caller's groups. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private Accounts accounts;

    @Inject
    private LoginAttempt attempt;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        LoginOutcome outcome = accounts.logIn(credential.getCaller(), credential.getPasswordAsString());
        attempt.record(outcome);
        if (outcome instanceof LoginOutcome.Accepted accepted) {
            return new CredentialValidationResult(accepted.account().email(), accepted.account().roles().stream()
                    .map(Role::roleName).collect(Collectors.toSet()));
        }
        return CredentialValidationResult.INVALID_RESULT;
    }
}
