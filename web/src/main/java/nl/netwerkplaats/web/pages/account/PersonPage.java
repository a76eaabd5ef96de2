package nl.netwerkplaats.web.pages.account;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import nl.netwerkplaats.network.api.Audience;
import nl.netwerkplaats.network.api.PersonView;
import nl.netwerkplaats.network.api.Profiles;
import nl.netwerkplaats.web.security.CurrentUser;

/** A person's page, showing only what they opened to this viewer; a closed profile is simply not found. */
@Named
@RequestScoped
public class PersonPage {

    @Inject
    private Profiles profiles;

    @Inject
    private CurrentUser currentUser;

    @Inject
    @Param(name = "id")
    private String idParam;

    private PersonView person;

    @PostConstruct
    void load() {
        try {
            long id = Long.parseLong(idParam == null ? "" : idParam);
            person = profiles.person(id, currentUser.isSignedIn() ? Audience.MEMBERS : Audience.VISITORS)
                    .orElse(null);
        } catch (NumberFormatException e) {
            person = null;
        }
        if (person == null) {
            try {
                FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "");
                FacesContext.getCurrentInstance().responseComplete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public PersonView getPerson() {
        return person;
    }
}
