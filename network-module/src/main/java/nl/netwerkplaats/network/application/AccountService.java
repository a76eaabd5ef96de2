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
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.EmailInUseException;
import nl.netwerkplaats.network.api.InvalidSetupTokenException;
import nl.netwerkplaats.network.api.LoginOutcome;
import nl.netwerkplaats.network.api.PasswordTooWeakException;
import nl.netwerkplaats.network.api.Role;
import nl.netwerkplaats.network.domain.Account;
import nl.netwerkplaats.network.domain.AdminSetupToken;
import nl.netwerkplaats.network.infrastructure.PasswordHasher;

@Stateless
public class AccountService implements Accounts {

    private static final Duration SETUP_TOKEN_LIFETIME = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "network")
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    private final Clock clock = Clock.systemUTC();

    @Override
    public LoginOutcome logIn(String email, String password) {
        Optional<Account> found = byEmail(email, true);
        if (found.isEmpty()) {
            hasher.verifyDecoy(password);
            return new LoginOutcome.Rejected();
        }
        Account account = found.get();
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
            account.loginSucceeded();
            return new LoginOutcome.Accepted(view(account));
        }
        account.loginFailed(now);
        Duration lockedNow = account.lockedFor(now);
        return lockedNow.isZero() ? new LoginOutcome.Rejected() : new LoginOutcome.Locked(lockedNow);
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
        requireStrong(password);
        if (byEmail(email, false).isPresent()) {
            throw new EmailInUseException("An account with this e-mail address exists");
        }
        Account account = new Account(email, displayName, hasher.hash(password),
                EnumSet.of(Role.ADMIN, Role.MEMBER), clock.instant());
        em.persist(account);
        em.flush();
        return view(account);
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
        return new AccountView(a.getId(), a.getEmail(), a.getDisplayName(), a.getRoles());
    }
}
