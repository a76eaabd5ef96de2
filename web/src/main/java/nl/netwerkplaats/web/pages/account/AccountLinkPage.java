package nl.netwerkplaats.web.pages.account;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.InvalidTokenException;
import nl.netwerkplaats.network.api.PasswordTooWeakException;
import nl.netwerkplaats.web.pages.Feedback;

/**
 * The pages that e-mail links lead to: confirm a sign-up, set a new password, confirm a new address. Each acts on
 * a button press, not on opening the link, so a mail scanner that fetches links changes nothing.
 */
@Named
@ViewScoped
public class AccountLinkPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Accounts accounts;

    @Inject
    private transient Feedback feedback;

    private String token;
    private String email;
    private String password;
    private boolean done;

    public void confirm() {
        run(() -> accounts.confirm(token));
    }

    public void confirmNewAddress() {
        run(() -> accounts.confirmEmailChange(token));
    }

    public void resetPassword() {
        try {
            run(() -> accounts.resetPassword(token, password));
        } catch (PasswordTooWeakException e) {
            feedback.fieldError("reset:password", "account.password.tooShort", Accounts.MIN_PASSWORD_LENGTH);
        } finally {
            password = null;
        }
    }

    /** Always the same answer, whether or not the address has an account. */
    public void requestReset() {
        accounts.requestPasswordReset(email);
        done = true;
    }

    private void run(Runnable action) {
        try {
            action.run();
            done = true;
        } catch (InvalidTokenException e) {
            feedback.error("account.link.invalid");
        }
    }

    public boolean isDone() {
        return done;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
