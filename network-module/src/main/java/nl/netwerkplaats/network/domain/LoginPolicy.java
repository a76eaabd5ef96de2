package nl.netwerkplaats.network.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How failed logins slow down and then lock an account. After {@link #FREE_ATTEMPTS} failures each further attempt
 * must wait twice as long as the one before (1 s, 2 s, 4 s, ...); after {@link #LOCK_AFTER} failures the account is
 * locked for {@link #LOCK_DURATION}. Guessing a password online thus takes years instead of minutes, while a
 * person who mistypes twice notices nothing.
 */
public final class LoginPolicy {

    public static final int FREE_ATTEMPTS = 3;
    public static final int LOCK_AFTER = 10;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private LoginPolicy() {
    }

    /** How long the account must wait before the next attempt; zero when it may try now. */
    static Duration waitBeforeNextAttempt(int failedLogins, Instant lastFailure, Instant now) {
        if (failedLogins < FREE_ATTEMPTS || lastFailure == null) {
            return Duration.ZERO;
        }
        long seconds = 1L << Math.min(failedLogins - FREE_ATTEMPTS, 20);
        Instant next = lastFailure.plusSeconds(seconds);
        return now.isBefore(next) ? Duration.between(now, next) : Duration.ZERO;
    }
}
