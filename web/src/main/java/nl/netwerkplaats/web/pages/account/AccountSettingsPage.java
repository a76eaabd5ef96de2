package nl.netwerkplaats.web.pages.account;

import java.io.IOException;
import java.io.Serializable;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.ActionNotAllowedException;
import nl.netwerkplaats.network.api.PasswordTooWeakException;
import nl.netwerkplaats.network.api.WrongPasswordException;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.security.CurrentUser;

/** "Mijn gegevens": change e-mail address and password, download everything, delete the account. */
@Named
@ViewScoped
public class AccountSettingsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Accounts accounts;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Feedback feedback;

    private String newEmail;
    private String currentPassword;
    private String newPassword;
    private String erasePassword;
    private boolean eraseConfirmed;

    public AccountView getAccount() {
        return currentUser.account().orElseThrow();
    }

    public void changeEmail() {
        try {
            accounts.requestEmailChange(currentUser.id(), currentPassword, newEmail);
            feedback.info("settings.email.sent", newEmail);
            newEmail = null;
        } catch (WrongPasswordException e) {
            feedback.fieldError("email:currentPassword", "settings.wrongPassword");
        } finally {
            currentPassword = null;
        }
    }

    public void changePassword() {
        try {
            accounts.changePassword(currentUser.id(), currentPassword, newPassword);
            feedback.info("settings.password.changed");
        } catch (WrongPasswordException e) {
            feedback.fieldError("password:oldPassword", "settings.wrongPassword");
        } catch (PasswordTooWeakException e) {
            feedback.fieldError("password:newPassword", "account.password.tooShort", Accounts.MIN_PASSWORD_LENGTH);
        } finally {
            currentPassword = null;
            newPassword = null;
        }
    }

    public void erase() throws IOException, ServletException {
        if (!eraseConfirmed) {
            feedback.fieldError("erase:confirmed", "settings.erase.confirmFirst");
            return;
        }
        try {
            accounts.erase(currentUser.id(), erasePassword);
        } catch (WrongPasswordException e) {
            feedback.fieldError("erase:erasePassword", "settings.wrongPassword");
            return;
        } catch (ActionNotAllowedException e) {
            feedback.error("settings.erase.lastAdmin");
            return;
        } finally {
            erasePassword = null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        ((HttpServletRequest) external.getRequest()).logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/?verwijderd=1");
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getErasePassword() {
        return erasePassword;
    }

    public void setErasePassword(String erasePassword) {
        this.erasePassword = erasePassword;
    }

    public boolean isEraseConfirmed() {
        return eraseConfirmed;
    }

    public void setEraseConfirmed(boolean eraseConfirmed) {
        this.eraseConfirmed = eraseConfirmed;
    }
}
