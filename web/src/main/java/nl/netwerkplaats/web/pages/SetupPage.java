package nl.netwerkplaats.web.pages;

import java.io.IOException;
import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.EmailInUseException;
import nl.netwerkplaats.network.api.InvalidSetupTokenException;
import nl.netwerkplaats.network.api.PasswordTooWeakException;
import nl.netwerkplaats.web.i18n.Messages;

/** Creates the first administrator with the one-time link printed on the server console. */
@Named
@ViewScoped
public class SetupPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Accounts accounts;

    @Inject
    private transient Messages messages;

    private String token;
    private boolean validToken;

    @NotBlank
    @Size(max = 120)
    private String displayName;

    @NotBlank
    @Email
    @Size(max = 254)
    private String email;

    @NotBlank
    private String password;

    @NotBlank
    private String passwordAgain;

    @PostConstruct
    void readToken() {
        token = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("token");
        validToken = accounts.isValidAdminSetupToken(token);
    }

    public void create() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!password.equals(passwordAgain)) {
            faces.addMessage("setup:passwordAgain", error(messages.get("setup.passwordsDiffer")));
            return;
        }
        try {
            accounts.createFirstAdmin(token, displayName, email, password);
            faces.getExternalContext().getFlash().setKeepMessages(true);
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("setup.done"), null));
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + "/inloggen.xhtml");
        } catch (PasswordTooWeakException e) {
            faces.addMessage("setup:password", error(messages.format("password.tooShort",
                    Accounts.MIN_PASSWORD_LENGTH)));
        } catch (EmailInUseException e) {
            faces.addMessage("setup:email", error(messages.get("setup.emailInUse")));
        } catch (InvalidSetupTokenException e) {
            validToken = false;
            faces.addMessage(null, error(messages.get("setup.invalidToken")));
        }
    }

    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }

    public boolean isValidToken() {
        return validToken;
    }

    public int getMinPasswordLength() {
        return Accounts.MIN_PASSWORD_LENGTH;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
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

    public String getPasswordAgain() {
        return passwordAgain;
    }

    public void setPasswordAgain(String passwordAgain) {
        this.passwordAgain = passwordAgain;
    }
}
