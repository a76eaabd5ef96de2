package nl.netwerkplaats.network.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Who can log in, and with which roles. */
public interface Accounts {

    int MIN_PASSWORD_LENGTH = 12;

    /**
     * Checks a password of a local account. Accounts managed by a directory are {@code Rejected} here without
     * counting as a failed attempt: their password is checked by the directory, see {@link #logInFromDirectory}.
     */
    LoginOutcome logIn(String email, String password);

    /**
     * After the organisation's directory (LDAP) accepted a password: the person's account, created at the first
     * login and given the roles of their directory groups at every login (changes are audited). {@code Rejected}
     * when the address belongs to a local account, which the directory may not speak for; {@code Locked} when a
     * coordinator locked the account.
     */
    LoginOutcome logInFromDirectory(@NotBlank String email, @NotBlank @Size(max = 120) String displayName,
                                    Set<Role> roles);

    Optional<AccountView> findByEmail(String email);

    long countAccounts();

    /** True while the installation has no administrator yet. */
    boolean adminSetupPending();

    /**
     * Issues a fresh one-time token for creating the first administrator, replacing any earlier one.
     *
     * @return the token to put in the setup link, or empty when an administrator already exists
     */
    Optional<String> issueAdminSetupToken();

    boolean isValidAdminSetupToken(String token);

    /**
     * Creates the first administrator with the one-time token printed on the server console.
     *
     * @throws InvalidSetupTokenException when the token is wrong, used or expired, or an admin exists
     * @throws PasswordTooWeakException   when the password is shorter than {@link #MIN_PASSWORD_LENGTH}
     */
    AccountView createFirstAdmin(String token, @NotBlank @Size(max = 120) String displayName,
                                 @NotBlank @Email @Size(max = 254) String email, String password);

    /**
     * Creates an administrator directly; for the server console and tests, never reachable from a page.
     *
     * @throws EmailInUseException      when an account has this e-mail address
     * @throws PasswordTooWeakException when the password is too short
     */
    AccountView createAdmin(@NotBlank @Size(max = 120) String displayName,
                            @NotBlank @Email @Size(max = 254) String email, String password);

    Optional<AccountView> findById(long id);

    /**
     * Creates a confirmed account with the given roles (MEMBER is always added); for the server console and tests,
     * never reachable from a page.
     *
     * @throws EmailInUseException      when an account has this e-mail address
     * @throws PasswordTooWeakException when the password is too short
     */
    AccountView createConfirmed(@NotBlank @Size(max = 120) String displayName,
                                @NotBlank @Email @Size(max = 254) String email, String password, Set<Role> roles);

    /**
     * Creates an unconfirmed member and mails a confirmation link. When the address already has an account,
     * its owner gets a mail saying so instead, so the answer never tells a stranger who is a member.
     *
     * @throws PasswordTooWeakException     when the password is too short
     * @throws UnknownMunicipalityException when the municipality code is not a current municipality
     * @throws UnknownThemeException        when a theme does not exist or is retired
     */
    void signUp(@Valid SignUp signUp);

    /** Activates the account whose confirmation link this is. @throws InvalidTokenException */
    AccountView confirm(String token);

    /** Mails a reset link when the address has an account; does the same visible nothing when not. */
    void requestPasswordReset(String email);

    /** @throws InvalidTokenException, PasswordTooWeakException */
    void resetPassword(String token, String newPassword);

    /**
     * Mails a confirmation link to the new address; the change happens when it is followed.
     *
     * @throws WrongPasswordException when the current password is wrong
     */
    void requestEmailChange(long accountId, String currentPassword, @NotBlank @Email @Size(max = 254) String newEmail);

    /** @throws InvalidTokenException also when the address was taken in the meantime */
    AccountView confirmEmailChange(String token);

    /** @throws WrongPasswordException, PasswordTooWeakException */
    void changePassword(long accountId, String currentPassword, String newPassword);

    /** People whose name or e-mail contains the text, for coordinators and administrators. */
    List<PersonSummary> people(String text, int first, int max);

    long countPeople(String text);

    /** Each of these writes an audit entry naming the actor. */
    void grantRole(long actorId, long accountId, Role role);

    void revokeRole(long actorId, long accountId, Role role);

    void lock(long actorId, long accountId);

    void unlock(long actorId, long accountId);

    /** Everything the network module holds about this person, as JSON. */
    String exportPersonalData(long accountId);

    /**
     * Removes the account and every piece of personal data about it; what the person contributed stays,
     * attributed to "voormalig lid". Fires {@link AccountErased} after commit for the other modules.
     *
     * @throws WrongPasswordException when the password is wrong
     */
    void erase(long accountId, String password);
}
