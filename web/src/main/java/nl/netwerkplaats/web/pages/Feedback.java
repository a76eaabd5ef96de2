package nl.netwerkplaats.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

import nl.netwerkplaats.web.i18n.Messages;

/** Puts bundle texts on the page: as a message at one field, or at the top of the form. */
@ApplicationScoped
public class Feedback {

    @Inject
    private Messages messages;

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** A message at the field with this client id (e.g. {@code "signup:email"}). */
    public void fieldError(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** Keeps messages across the redirect that follows a successful form. */
    public void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(severity, messages.format(key, arguments), null));
        if (severity == FacesMessage.SEVERITY_ERROR) {
            faces.validationFailed();
        }
    }
}
