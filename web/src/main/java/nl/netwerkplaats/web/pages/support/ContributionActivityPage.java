package nl.netwerkplaats.web.pages.support;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.network.api.ContributionActivity;
import nl.netwerkplaats.network.api.Contributions;
import nl.netwerkplaats.web.security.CurrentUser;

/** For coordinators: how active the network is per organisation and per theme (no ranking of people). */
@Named
@RequestScoped
public class ContributionActivityPage {

    static final int ORGANISATIONS_SHOWN = 50;

    @Inject
    private Contributions contributions;

    @Inject
    private CurrentUser currentUser;

    public List<ContributionActivity> getPerOrganisation() {
        return contributions.perOrganisation(currentUser.id(), ORGANISATIONS_SHOWN);
    }

    public List<ContributionActivity> getPerTheme() {
        return contributions.perTheme(currentUser.id());
    }
}
