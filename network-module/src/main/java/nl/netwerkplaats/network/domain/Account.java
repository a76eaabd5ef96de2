package nl.netwerkplaats.network.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.netwerkplaats.network.api.Role;

@Entity
@Table(name = "account", schema = "network")
@NamedQuery(name = "Account.byEmail", query = "select a from Account a where a.email = :email")
@NamedQuery(name = "Account.countWithRole", query = "select count(a) from Account a where :role member of a.roles")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", schema = "network", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "last_failed_login_at")
    private OffsetDateTime lastFailedLoginAt;

    @Column(name = "locked_until")
    private OffsetDateTime lockedUntil;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Version
    private int version;

    protected Account() {
    }

    public Account(String email, String displayName, String passwordHash, Set<Role> roles, Instant now) {
        this.email = normalizeEmail(email);
        this.displayName = displayName.strip();
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = utc(now);
    }

    public static String normalizeEmail(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    /** Zero when a login may be tried now; otherwise how long until it may. */
    public Duration lockedFor(Instant now) {
        Instant until = lockedUntil == null ? null : lockedUntil.toInstant();
        return until != null && now.isBefore(until) ? Duration.between(now, until) : Duration.ZERO;
    }

    public Duration throttledFor(Instant now) {
        return LoginPolicy.waitBeforeNextAttempt(failedLogins,
                lastFailedLoginAt == null ? null : lastFailedLoginAt.toInstant(), now);
    }

    public void loginFailed(Instant now) {
        failedLogins++;
        lastFailedLoginAt = utc(now);
        if (failedLogins >= LoginPolicy.LOCK_AFTER) {
            lockedUntil = utc(now.plus(LoginPolicy.LOCK_DURATION));
            failedLogins = 0;
            lastFailedLoginAt = null;
        }
    }

    public void loginSucceeded() {
        failedLogins = 0;
        lastFailedLoginAt = null;
        lockedUntil = null;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public int getFailedLogins() {
        return failedLogins;
    }
}
