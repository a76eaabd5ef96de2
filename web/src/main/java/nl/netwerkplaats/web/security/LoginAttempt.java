package nl.netwerkplaats.web.security;

import jakarta.enterprise.context.RequestScoped;

import nl.netwerkplaats.network.api.LoginOutcome;

/** Carries why a login failed from the identity store back to the login page within one request. */
@RequestScoped
public class LoginAttempt {

    private LoginOutcome outcome;

    public LoginOutcome outcome() {
        return outcome;
    }

    void record(LoginOutcome outcome) {
        this.outcome = outcome;
    }
}
