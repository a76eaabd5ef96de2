package nl.netwerkplaats.network.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.kernel.reference.ReferenceData;
import nl.netwerkplaats.network.api.AccountErased;
import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.ActionNotAllowedException;
import nl.netwerkplaats.network.api.AuditLog;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.EmailInUseException;
import nl.netwerkplaats.network.api.InvalidSetupTokenException;
import nl.netwerkplaats.network.api.InvalidTokenException;
import nl.netwerkplaats.network.api.LoginOutcome;
import nl.netwerkplaats.network.api.Outbox;
import nl.netwerkplaats.network.api.PasswordTooWeakException;
import nl.netwerkplaats.network.api.PersonSummary;
import nl.netwerkplaats.network.api.Role;
import nl.netwerkplaats.network.api.SignUp;
import nl.netwerkplaats.network.api.UnknownMunicipalityException;
import nl.netwerkplaats.network.api.UnknownThemeException;
import nl.netwerkplaats.network.api.WrongPasswordException;
import nl.netwerkplaats.network.domain.Account;
import nl.netwerkplaats.network.domain.AccountPhoto;
import nl.netwerkplaats.network.domain.AccountToken;
import nl.netwerkplaats.network.domain.AccountToken.Purpose;
import nl.netwerkplaats.network.domain.AdminSetupToken;
import nl.netwerkplaats.network.domain.AuditEntry;
import nl.netwerkplaats.network.domain.Theme;
import nl.netwerkplaats.network.infrastructure.MailTemplates;
import nl.netwerkplaats.network.infrastructure.PasswordHasher;

@Stateless
public class AccountService implements Accounts {

    private static final Duration SETUP_TOKEN_LIFETIME = Duration.ofHours(24);
    private static final Duration CONFIRM_LIFETIME = Duration.ofHours(48);
    private static final Duration RESET_LIFETIME = Duration.ofHours(1);
    private static final Duration CHANGE_EMAIL_LIFETIME = Duration.ofHours(24);
    /** A lock set by a coordinator lasts until someone lifts it; in practice, a hundred years. */
    private static final Duration MANUAL_LOCK = Duration.ofDays(36500);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "network")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private Outbox outbox;

    @Inject
    private MailTemplates mails;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<AccountErased> erased;

    /** The other parts of this module that hold personal data: groups, helpdesk questions. */
    @Inject
    private Instance<PersonalDataSource> personalData;

    private final Clock clock = Clock.systemUTC();

    @Override
    public LoginOutcome logIn(String email, String password) {
        Optional<Account> found = byEmail(email, true);
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            return new LoginOutcome.Rejected();
        }
        Account account = found.get();
        if (account.isDirectoryManaged()) {
            hasher.verifyDecoy(password);
            return new LoginOutcome.Rejected();
        }
        Instant now = clock.instant();
        Duration locked = account.lockedFor(now);
        if (!locked.isZero()) {
            return new LoginOutcome.Locked(locked);
        }
        Duration throttled = account.throttledFor(now);
        if (!throttled.isZero()) {
            return new LoginOutcome.Throttled(throttled);
        }
        if (hasher.verify(password, account.getPasswordHash())) {
            if (!account.isConfirmed()) {
                return new LoginOutcome.NotConfirmed();
            }
            account.loginSucceeded();
            return new LoginOutcome.Accepted(view(account));
        }
        account.loginFailed(now);
        Duration lockedNow = account.lockedFor(now);
        return lockedNow.isZero() ? new LoginOutcome.Rejected() : new LoginOutcome.Locked(lockedNow);
    }

    @Override
    public LoginOutcome logInFromDirectory(String email, String displayName, Set<Role> roles) {
        Optional<Account> found = byEmail(email, false);
        if (found.isPresent() && !found.get().isDirectoryManaged()) {
            return new LoginOutcome.Rejected();
        }
        Account account = found.orElseGet(() -> {
            Account created = Account.fromDirectory(email, displayName, hasher.hash(unguessableSecret()),
                    EnumSet.of(Role.MEMBER), clock.instant());
            em.persist(created);
            em.flush();
            audit.record(created.getId(), "person.created-from-directory", "person", created.getId(), null);
            return created;
        });
        Duration locked = account.lockedFor(clock.instant());
        if (!locked.isZero()) {
            return new LoginOutcome.Locked(locked);
        }
        if (account.takeRolesFromDirectory(roles)) {
            audit.record(account.getId(), "person.roles-from-directory", "person", account.getId(),
                    account.getRoles().stream().map(Role::name).sorted().collect(Collectors.joining(",")));
        }
        account.loginSucceeded();
        return new LoginOutcome.Accepted(view(account));
    }

    private static String unguessableSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    @Override
    public Optional<AccountView> findByEmail(String email) {
        return byEmail(email, false).map(AccountService::view);
    }

    @Override
    public long countAccounts() {
        return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
    }

    @Override
    public boolean adminSetupPending() {
        return em.createNamedQuery("Account.countWithRole", Long.class)
                .setParameter("role", Role.ADMIN).getSingleResult() == 0;
    }

    @Override
    public Optional<String> issueAdminSetupToken() {
        if (!adminSetupPending()) {
            em.createQuery("delete from AdminSetupToken").executeUpdate();
            return Optional.empty();
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expiry = clock.instant().plus(SETUP_TOKEN_LIFETIME);
        AdminSetupToken stored = em.find(AdminSetupToken.class, AdminSetupToken.SINGLETON_ID);
        if (stored == null) {
            em.persist(new AdminSetupToken(sha256(token), expiry));
        } else {
            stored.replace(sha256(token), expiry);
        }
        return Optional.of(token);
    }

    @Override
    public boolean isValidAdminSetupToken(String token) {
        if (token == null || token.isBlank() || !adminSetupPending()) {
            return false;
        }
        AdminSetupToken stored = em.find(AdminSetupToken.class, AdminSetupToken.SINGLETON_ID);
        return stored != null && stored.matches(sha256(token), clock.instant());
    }

    @Override
    public AccountView createFirstAdmin(String token, String displayName, String email, String password) {
        AdminSetupToken stored = em.find(AdminSetupToken.class, AdminSetupToken.SINGLETON_ID,
                LockModeType.PESSIMISTIC_WRITE);
        if (stored == null || token == null || !stored.matches(sha256(token), clock.instant())
                || !adminSetupPending()) {
            throw new InvalidSetupTokenException("The setup link is not valid (anymore)");
        }
        AccountView admin = createAdmin(displayName, email, password);
        em.remove(stored);
        return admin;
    }

    @Override
    public AccountView createAdmin(String displayName, String email, String password) {
        return createConfirmed(displayName, email, password, EnumSet.of(Role.ADMIN));
    }

    @Override
    public AccountView createConfirmed(String displayName, String email, String password, Set<Role> roles) {
        requireStrong(password);
        if (byEmail(email, false).isPresent()) {
            throw new EmailInUseException("An account with this e-mail address exists");
        }
        Set<Role> all = EnumSet.of(Role.MEMBER);
        all.addAll(roles);
        Account account = new Account(email, displayName, hasher.hash(password), all, clock.instant());
        em.persist(account);
        em.flush();
        return view(account);
    }

    @Override
    public Optional<AccountView> findById(long id) {
        return Optional.ofNullable(em.find(Account.class, id)).map(AccountService::view);
    }

    @Override
    public void signUp(SignUp signUp) {
        requireStrong(signUp.password());
        if (ReferenceData.get().municipality(signUp.municipalityCode()).isEmpty()) {
            throw new UnknownMunicipalityException(signUp.municipalityCode());
        }
        for (long themeId : signUp.themeIds()) {
            Theme theme = em.find(Theme.class, themeId);
            if (theme == null || theme.isRetired()) {
                throw new UnknownThemeException(themeId);
            }
        }
        Optional<Account> existing = byEmail(signUp.email(), false);
        if (existing.isPresent()) {
            var mail = mails.compose("exists", signUp.language(), mails.link("inloggen.xhtml"),
                    mails.link("account/wachtwoord-vergeten.xhtml"));
            outbox.queue(existing.get().getEmail(), mail.subject(), mail.body());
            return;
        }
        Account account = Account.signedUp(signUp.email(), signUp.displayName(), hasher.hash(signUp.password()),
                signUp.networkRole(), signUp.municipalityCode(), signUp.themeIds(), signUp.language(),
                clock.instant());
        em.persist(account);
        em.flush();
        String token = issueToken(account, Purpose.CONFIRM, null, CONFIRM_LIFETIME);
        var mail = mails.compose("confirm", account.getLanguage(), account.getDisplayName(),
                mails.link("account/bevestigen.xhtml?token=" + token));
        outbox.queue(account.getEmail(), mail.subject(), mail.body());
    }

    @Override
    public AccountView confirm(String token) {
        AccountToken stored = useToken(token, Purpose.CONFIRM);
        Account account = em.find(Account.class, stored.getAccountId());
        account.confirm();
        return view(account);
    }

    @Override
    public void requestPasswordReset(String email) {
        // The directory keeps the password of a directory account: no reset link, and the same answer as always.
        byEmail(email, false).filter(account -> !account.isDirectoryManaged()).ifPresentOrElse(account -> {
            String token = issueToken(account, Purpose.RESET, null, RESET_LIFETIME);
            var mail = mails.compose("reset", account.getLanguage(), account.getDisplayName(),
                    mails.link("account/nieuw-wachtwoord.xhtml?token=" + token));
            outbox.queue(account.getEmail(), mail.subject(), mail.body());
        }, () -> hasher.verifyDecoy(email)); // about as slow as the real thing, so timing tells nothing
    }

    @Override
    public void resetPassword(String token, String newPassword) {
        requireStrong(newPassword);
        AccountToken stored = useToken(token, Purpose.RESET);
        Account account = em.find(Account.class, stored.getAccountId());
        account.changePassword(hasher.hash(newPassword));
        account.confirm(); // following a link in the mail proves the address, as the confirmation would
    }

    @Override
    public void requestEmailChange(long accountId, String currentPassword, String newEmail) {
        Account account = existing(accountId);
        if (!hasher.verify(currentPassword, account.getPasswordHash())) {
            throw new WrongPasswordException();
        }
        if (byEmail(newEmail, false).isPresent()) {
            var mail = mails.compose("change-email-taken", account.getLanguage());
            outbox.queue(Account.normalizeEmail(newEmail), mail.subject(), mail.body());
            return;
        }
        String token = issueToken(account, Purpose.CHANGE_EMAIL, Account.normalizeEmail(newEmail),
                CHANGE_EMAIL_LIFETIME);
        var mail = mails.compose("change-email", account.getLanguage(), account.getDisplayName(),
                mails.link("account/nieuw-adres.xhtml?token=" + token));
        outbox.queue(Account.normalizeEmail(newEmail), mail.subject(), mail.body());
    }

    @Override
    public AccountView confirmEmailChange(String token) {
        AccountToken stored = useToken(token, Purpose.CHANGE_EMAIL);
        if (byEmail(stored.getNewEmail(), false).isPresent()) {
            throw new InvalidTokenException();
        }
        Account account = em.find(Account.class, stored.getAccountId());
        String oldEmail = account.getEmail();
        account.changeEmail(stored.getNewEmail());
        var mail = mails.compose("email-changed", account.getLanguage(), account.getDisplayName(),
                account.getEmail());
        outbox.queue(oldEmail, mail.subject(), mail.body());
        return view(account);
    }

    @Override
    public void changePassword(long accountId, String currentPassword, String newPassword) {
        Account account = existing(accountId);
        if (!hasher.verify(currentPassword, account.getPasswordHash())) {
            throw new WrongPasswordException();
        }
        requireStrong(newPassword);
        account.changePassword(hasher.hash(newPassword));
    }

    @Override
    public List<PersonSummary> people(String text, int first, int max) {
        return em.createNamedQuery("Account.search", Account.class)
                .setParameter("text", likePattern(text))
                .setFirstResult(first).setMaxResults(max)
                .getResultStream()
                .map(a -> new PersonSummary(a.getId(), a.getDisplayName(), a.getEmail(), a.getRoles(),
                        a.isConfirmed(), a.lockedFor(clock.instant()).isZero() ? null : a.getLockedUntil(),
                        a.getCreatedAt()))
                .toList();
    }

    @Override
    public long countPeople(String text) {
        return em.createNamedQuery("Account.countSearch", Long.class)
                .setParameter("text", likePattern(text)).getSingleResult();
    }

    @Override
    public void grantRole(long actorId, long accountId, Role role) {
        requireRole(actorId, Role.ADMIN);
        existing(accountId).grant(role);
        audit.record(actorId, "person.role-granted", "person", accountId, role.name());
    }

    @Override
    public void revokeRole(long actorId, long accountId, Role role) {
        requireRole(actorId, Role.ADMIN);
        if (role == Role.ADMIN && actorId == accountId) {
            throw new ActionNotAllowedException("Administrators cannot take their own administrator role");
        }
        existing(accountId).revoke(role);
        audit.record(actorId, "person.role-revoked", "person", accountId, role.name());
    }

    @Override
    public void lock(long actorId, long accountId) {
        requireRole(actorId, Role.COORDINATOR);
        if (actorId == accountId) {
            throw new ActionNotAllowedException("Nobody can lock themselves out");
        }
        Account account = existing(accountId);
        if (account.getRoles().contains(Role.ADMIN) && !roles(actorId).contains(Role.ADMIN)) {
            throw new ActionNotAllowedException("Only administrators can lock administrators");
        }
        account.lockUntil(clock.instant().plus(MANUAL_LOCK));
        audit.record(actorId, "person.locked", "person", accountId, null);
    }

    @Override
    public void unlock(long actorId, long accountId) {
        requireRole(actorId, Role.COORDINATOR);
        existing(accountId).loginSucceeded();
        audit.record(actorId, "person.unlocked", "person", accountId, null);
    }

    @Override
    public String exportPersonalData(long accountId) {
        Account a = existing(accountId);
        JsonArrayBuilder roles = Json.createArrayBuilder();
        a.getRoles().forEach(r -> roles.add(r.name()));
        JsonArrayBuilder themes = Json.createArrayBuilder();
        a.getThemeIds().forEach(id -> {
            Theme theme = em.find(Theme.class, id);
            themes.add(theme == null ? Long.toString(id) : theme.getNameNl());
        });
        JsonObjectBuilder visibility = Json.createObjectBuilder();
        a.getVisibility().forEach((field, audience) -> visibility.add(field.name(), audience.name()));
        JsonObjectBuilder person = Json.createObjectBuilder()
                .add("id", a.getId())
                .add("name", a.getDisplayName())
                .add("email", a.getEmail())
                .add("createdAt", a.getCreatedAt().toString())
                .add("confirmed", a.isConfirmed())
                .add("language", a.getLanguage())
                .add("roles", roles)
                .add("themes", themes)
                .add("visibility", visibility);
        addIfPresent(person, "networkRole", a.getNetworkRole() == null ? null : a.getNetworkRole().name());
        addIfPresent(person, "municipality", a.getMunicipalityCode());
        addIfPresent(person, "bio", a.getBio());
        addIfPresent(person, "offers", a.getOffers());
        addIfPresent(person, "seeks", a.getSeeks());
        person.add("hasPhoto", em.find(AccountPhoto.class, a.getId()) != null);
        JsonArrayBuilder auditTrail = Json.createArrayBuilder();
        em.createQuery("select e from AuditEntry e where e.actorId = :id or (e.subjectType = 'person' and "
                        + "e.subjectId = :id) order by e.at", AuditEntry.class)
                .setParameter("id", a.getId()).getResultStream()
                .forEach(e -> auditTrail.add(Json.createObjectBuilder()
                        .add("at", e.getAt().toString()).add("action", e.getAction())
                        .add("byThisPerson", a.getId().equals(e.getActorId()))));
        for (PersonalDataSource source : personalData) {
            source.export(a.getId(), person);
        }
        return Json.createObjectBuilder()
                .add("exportedAt", clock.instant().toString())
                .add("person", person)
                .add("auditLog", auditTrail)
                .build().toString();
    }

    @Override
    public void erase(long accountId, String password) {
        Account account = existing(accountId);
        if (!hasher.verify(password, account.getPasswordHash())) {
            throw new WrongPasswordException();
        }
        if (account.getRoles().contains(Role.ADMIN) && em.createNamedQuery("Account.countWithRole", Long.class)
                .setParameter("role", Role.ADMIN).getSingleResult() == 1) {
            throw new ActionNotAllowedException("The last administrator cannot delete their account");
        }
        for (PersonalDataSource source : personalData) {
            source.erase(accountId);
        }
        em.createQuery("update AuditEntry e set e.actorId = null, e.actorLabel = :former where e.actorId = :id")
                .setParameter("former", AuditLogService.FORMER_MEMBER).setParameter("id", accountId)
                .executeUpdate();
        // Bulk statements rather than database cascades, so the persistence unit's cache forgets them too.
        em.createQuery("delete from Membership m where m.accountId = :id").setParameter("id", accountId)
                .executeUpdate();
        em.createQuery("update Organisation o set o.contactId = null where o.contactId = :id")
                .setParameter("id", accountId).executeUpdate();
        em.createQuery("delete from AccountToken t where t.accountId = :id").setParameter("id", accountId)
                .executeUpdate();
        em.createQuery("delete from AccountPhoto p where p.accountId = :id").setParameter("id", accountId)
                .executeUpdate();
        em.createQuery("update OutboxMessage m set m.recipient = :gone, m.body = :gone where m.recipient = :email")
                .setParameter("gone", "(verwijderd)").setParameter("email", account.getEmail()).executeUpdate();
        em.remove(account);
        em.flush();
        erased.fire(new AccountErased(accountId));
    }

    private static void addIfPresent(JsonObjectBuilder json, String key, String value) {
        if (value != null) {
            json.add(key, value);
        }
    }

    private String issueToken(Account account, Purpose purpose, String newEmail, Duration lifetime) {
        em.createNamedQuery("AccountToken.deleteFor").setParameter("account", account.getId())
                .setParameter("purpose", purpose).executeUpdate();
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new AccountToken(account.getId(), purpose, sha256(token), newEmail,
                clock.instant().plus(lifetime)));
        return token;
    }

    /** Finds and removes the token: a link works once, and only before it expires. */
    private AccountToken useToken(String token, Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new InvalidTokenException();
        }
        AccountToken stored = em.createNamedQuery("AccountToken.byHash", AccountToken.class)
                .setParameter("hash", sha256(token)).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElseThrow(InvalidTokenException::new);
        boolean usable = stored.usableFor(purpose, clock.instant());
        em.remove(stored);
        if (!usable) {
            em.flush();
            throw new InvalidTokenException();
        }
        return stored;
    }

    private Account existing(long accountId) {
        Account account = em.find(Account.class, accountId);
        if (account == null) {
            throw new ActionNotAllowedException("No such account");
        }
        return account;
    }

    private Set<Role> roles(long accountId) {
        Account account = em.find(Account.class, accountId);
        return account == null ? Set.of() : account.getRoles();
    }

    /** COORDINATOR is also satisfied by ADMIN. */
    private void requireRole(long actorId, Role role) {
        Set<Role> roles = roles(actorId);
        if (!roles.contains(role) && !roles.contains(Role.ADMIN)) {
            throw new ActionNotAllowedException("This needs the role " + role);
        }
    }

    private static String likePattern(String text) {
        String cleaned = text == null ? "" : text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + cleaned + "%";
    }

    private static void requireStrong(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw new PasswordTooWeakException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
    }

    private Optional<Account> byEmail(String email, boolean forUpdate) {
        var query = em.createNamedQuery("Account.byEmail", Account.class)
                .setParameter("email", Account.normalizeEmail(email));
        if (forUpdate) {
            query.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return query.getResultStream().findFirst();
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static AccountView view(Account a) {
        return new AccountView(a.getId(), a.getEmail(), a.getDisplayName(), a.getRoles(), a.isDirectoryManaged());
    }
}
