package nl.netwerkplaats.network.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import nl.netwerkplaats.network.api.Role;

class AccountLoginTest {

    private final Instant start = Instant.parse("2026-11-22T10:00:00Z");

    private Account account() {
        return new Account(" Anna@Example.org ", "Anna", "hash", EnumSet.of(Role.MEMBER), start);
    }

    @Test
    void emailIsStoredTrimmedAndInLowerCase() {
        assertEquals("anna@example.org", account().getEmail());
    }

    @Test
    void firstFailuresCostNothing() {
        Account account = account();
        account.loginFailed(start);
        account.loginFailed(start);
        assertEquals(Duration.ZERO, account.throttledFor(start));
    }

    @Test
    void failuresAfterTheFreeOnesDoubleTheWait() {
        Account account = account();
        for (int i = 0; i < LoginPolicy.FREE_ATTEMPTS; i++) {
            account.loginFailed(start);
        }
        assertEquals(Duration.ofSeconds(1), account.throttledFor(start));
        account.loginFailed(start.plusSeconds(1));
        assertEquals(Duration.ofSeconds(2), account.throttledFor(start.plusSeconds(1)));
        account.loginFailed(start.plusSeconds(3));
        assertEquals(Duration.ofSeconds(4), account.throttledFor(start.plusSeconds(3)));
        assertEquals(Duration.ZERO, account.throttledFor(start.plusSeconds(7)));
    }

    @Test
    void tenFailuresLockTheAccountForFifteenMinutes() {
        Account account = account();
        Instant now = start;
        for (int i = 0; i < LoginPolicy.LOCK_AFTER; i++) {
            now = now.plus(account.throttledFor(now));
            account.loginFailed(now);
        }
        assertEquals(LoginPolicy.LOCK_DURATION, account.lockedFor(now));
        assertTrue(account.lockedFor(now.plus(LoginPolicy.LOCK_DURATION)).isZero());
    }

    @Test
    void successClearsTheFailures() {
        Account account = account();
        for (int i = 0; i < 5; i++) {
            account.loginFailed(start);
        }
        account.loginSucceeded();
        assertEquals(0, account.getFailedLogins());
        assertEquals(Duration.ZERO, account.throttledFor(start));
    }
}
