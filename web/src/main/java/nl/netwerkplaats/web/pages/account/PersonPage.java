package nl.netwerkplaats.web.pages.account;


import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

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
    private Long idParam;

    private PersonView person;

    @PostConstruct
    void load() {
        person = idParam == null ? null : profiles.person(idParam,
                currentUser.isSignedIn() ? Audience.MEMBERS : Audience.VISITORS).orElse(null);
        if (person == null) {
            Faces.responseSendError(404, "");
        }
    }

    public PersonView getPerson() {
        return person;
    }
}
