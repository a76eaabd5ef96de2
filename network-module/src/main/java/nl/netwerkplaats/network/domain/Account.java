package nl.netwerkplaats.network.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.netwerkplaats.network.api.Audience;
import nl.netwerkplaats.network.api.NetworkRole;
import nl.netwerkplaats.network.api.ProfileField;
import nl.netwerkplaats.network.api.Role;

@Entity
@Table(name = "account", schema = "network")
@NamedQuery(name = "Account.byEmail", query = "select a from Account a where a.email = :email")
@NamedQuery(name = "Account.countWithRole", query = "select count(a) from Account a where :role member of a.roles")
@NamedQuery(name = "Account.search", query = "select a from Account a where lower(a.displayName) like :text"
        + " or a.email like :text order by a.displayName, a.id")
@NamedQuery(name = "Account.countSearch", query = "select count(a) from Account a where lower(a.displayName)"
        + " like :text or a.email like :text")
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

    /** The directory (LDAP) holds this person's password and decides their roles; the hash here opens nothing. */
    @Column(name = "directory_managed", nullable = false)
    private boolean directoryManaged;

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status = AccountStatus.ACTIVE;

    @Enumerated(EnumType.STRING)
    @Column(name = "network_role")
    private NetworkRole networkRole;

    @Column(name = "municipality_code")
    private String municipalityCode;

    @Column(nullable = false)
    private String language = "nl";

    private String bio;

    private String offers;

    private String seeks;

    @ElementCollection
    @CollectionTable(name = "account_theme", schema = "network", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "theme_id", nullable = false)
    private Set<Long> themeIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "profile_visibility", schema = "network", joinColumns = @JoinColumn(name = "account_id"))
    @MapKeyColumn(name = "field")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false)
    @Enumerated(EnumType.STRING)
    private Map<ProfileField, Audience> visibility = new EnumMap<>(ProfileField.class);

    @Version
    private int version;

    protected Account() {
    }

    /** A newcomer from the sign-up form: a member who still has to follow the confirmation link. */
    public static Account signedUp(String email, String displayName, String passwordHash, NetworkRole networkRole,
                                   String municipalityCode, Set<Long> themeIds, String language, Instant now) {
        Account account = new Account(email, displayName, passwordHash, EnumSet.of(Role.MEMBER), now);
        account.status = AccountStatus.PENDING;
        account.networkRole = networkRole;
        account.municipalityCode = municipalityCode;
        account.themeIds = new HashSet<>(themeIds);
        account.language = language;
        return account;
    }

    /**
     * Someone the organisation's directory vouched for, logging in for the first time: an active member whose
     * password stays in the directory. {@code unusableHash} is the hash of a secret nobody knows.
     */
    public static Account fromDirectory(String email, String displayName, String unusableHash, Set<Role> roles,
                                        Instant now) {
        Account account = new Account(email, displayName, unusableHash, roles, now);
        account.directoryManaged = true;
        return account;
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

    /** Coordinators run the network; administrators may always stand in for them. */
    public boolean actsAsCoordinator() {
        return roles.contains(Role.COORDINATOR) || roles.contains(Role.ADMIN);
    }

    public boolean isConfirmed() {
        return status == AccountStatus.ACTIVE;
    }

    public void confirm() {
        status = AccountStatus.ACTIVE;
    }

    public void changePassword(String newHash) {
        passwordHash = newHash;
        loginSucceeded();
    }

    public void changeEmail(String newEmail) {
        email = normalizeEmail(newEmail);
    }

    public boolean isDirectoryManaged() {
        return directoryManaged;
    }

    /** The roles the directory's groups give, always with membership; true when they differ from before. */
    public boolean takeRolesFromDirectory(Set<Role> fromDirectory) {
        Set<Role> next = EnumSet.of(Role.MEMBER);
        next.addAll(fromDirectory);
        if (next.equals(roles)) {
            return false;
        }
        roles.clear();
        roles.addAll(next);
        return true;
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public void revoke(Role role) {
        if (role != Role.MEMBER) {
            roles.remove(role);
        }
    }

    public void lockUntil(Instant until) {
        lockedUntil = utc(until);
    }

    public void updateProfile(String displayName, NetworkRole networkRole, String municipalityCode, String bio,
                              String offers, String seeks, Set<Long> themeIds, String language) {
        this.displayName = displayName.strip();
        this.networkRole = networkRole;
        this.municipalityCode = municipalityCode;
        this.bio = blankToNull(bio);
        this.offers = blankToNull(offers);
        this.seeks = blankToNull(seeks);
        this.themeIds = new HashSet<>(themeIds);
        this.language = language;
    }

    public void setVisibility(Map<ProfileField, Audience> settings) {
        visibility.clear();
        settings.forEach((field, audience) -> {
            if (audience != null && audience != Audience.NOBODY) {
                visibility.put(field, audience);
            }
        });
    }

    public Audience visibilityOf(ProfileField field) {
        return visibility.getOrDefault(field, Audience.NOBODY);
    }

    /** Whether a viewer of this audience may see the field; the name gates the whole profile. */
    public boolean shows(ProfileField field, Audience viewer) {
        return viewer.maySee(visibilityOf(ProfileField.NAME)) && viewer.maySee(visibilityOf(field));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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

    public AccountStatus getStatus() {
        return status;
    }

    public NetworkRole getNetworkRole() {
        return networkRole;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public String getLanguage() {
        return language;
    }

    public String getBio() {
        return bio;
    }

    public String getOffers() {
        return offers;
    }

    public String getSeeks() {
        return seeks;
    }

    public Set<Long> getThemeIds() {
        return Set.copyOf(themeIds);
    }

    public Map<ProfileField, Audience> getVisibility() {
        Map<ProfileField, Audience> all = new EnumMap<>(ProfileField.class);
        for (ProfileField field : ProfileField.values()) {
            all.put(field, visibilityOf(field));
        }
        return all;
    }

    public Instant getLockedUntil() {
        return lockedUntil == null ? null : lockedUntil.toInstant();
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }
}
