package nl.netwerkplaats.network.api;

import java.util.Optional;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Who can log in, and with which roles. */
public interface Accounts {

    int MIN_PASSWORD_LENGTH = 12;

    LoginOutcome logIn(String email, String password);

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
}
