package nl.netwerkplaats.network.api;

import java.time.Duration;

/** The answer to a login attempt. Wrong e-mail and wrong password are one outcome, so strangers learn nothing. */
public sealed interface LoginOutcome {

    record Accepted(AccountView account) implements LoginOutcome {
    }

    record Rejected() implements LoginOutcome {
    }

    /** Too many recent failures: the next attempt is possible after {@code retryAfter}. */
    record Throttled(Duration retryAfter) implements LoginOutcome {
    }

    /** So many failures that the account is closed for a while; an admin can open it earlier. */
    record Locked(Duration retryAfter) implements LoginOutcome {
    }

    /** Right password, but the confirmation link in the sign-up mail was not followed yet. */
    record NotConfirmed() implements LoginOutcome {
    }
}
