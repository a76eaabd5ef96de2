package nl.netwerkplaats.web.pages.gatherings;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.events.api.GatheringSummary;
import nl.netwerkplaats.events.api.Gatherings;
import nl.netwerkplaats.web.security.CurrentUser;

/** The gatherings a member organises (a coordinator: all), concepts included. */
@Named
@RequestScoped
public class OrganisedPage {

    @Inject
    private Gatherings gatherings;

    @Inject
    private CurrentUser currentUser;

    private List<GatheringSummary> organised;

    @PostConstruct
    void load() {
        organised = gatherings.organisedBy(currentUser.id());
    }

    public List<GatheringSummary> getOrganised() {
        return organised;
    }
}
