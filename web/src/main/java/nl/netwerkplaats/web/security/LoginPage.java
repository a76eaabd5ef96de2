package nl.netwerkplaats.web.security;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import nl.netwerkplaats.network.api.LoginOutcome;
import nl.netwerkplaats.web.i18n.Messages;

@Named
@RequestScoped
public class LoginPage {

    @Inject
    private SecurityContext security;

    @Inject
    private LoginAttempt attempt;

    @Inject
    private Messages messages;

    private String email;

    private String password;

    public void logIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(email == null ? "" : email.strip(), password))
                        .newAuthentication(true));
        password = null;
        switch (status) {
            case SEND_CONTINUE -> faces.responseComplete();
            case SUCCESS -> {
                // A fresh session id after login: a session id planted before login is worth nothing.
                request.getSession(true);
                request.changeSessionId();
                if (!faces.getResponseComplete()) {
                    external.redirect(SessionFormAuthentication.takeReturnTo(request));
                }
            }
            default -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, failureMessage(), null));
        }
    }

    private String failureMessage() {
        LoginOutcome outcome = attempt.outcome();
        if (outcome instanceof LoginOutcome.Throttled throttled) {
            return messages.format("login.throttled", Math.max(1, throttled.retryAfter().toSeconds()));
        }
        if (outcome instanceof LoginOutcome.Locked locked) {
            return messages.format("login.locked", Math.max(1, locked.retryAfter().toMinutes() + 1));
        }
        if (outcome instanceof LoginOutcome.NotConfirmed) {
            return messages.get("login.notConfirmed");
        }
        return messages.get("login.rejected");
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
