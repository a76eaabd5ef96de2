package nl.netwerkplaats.web.pages.gatherings;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringStatus;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.RegistrationRefusedException;
import nl.netwerkplaats.events.api.RegistrationView;
import nl.netwerkplaats.events.api.Registrations;
import nl.netwerkplaats.events.api.UnknownRegistrationException;
import nl.netwerkplaats.network.api.GroupView;
import nl.netwerkplaats.network.api.Groups;
import nl.netwerkplaats.network.api.OrganisationView;
import nl.netwerkplaats.network.api.Organisations;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * One gathering: the facts for everyone, the way to register, and for a signed-in member their registration with
 * a button to cancel it. Request-scoped; visitors get a page without a form, so no session.
 */
@Named
@RequestScoped
public class GatheringPage {

    @Inject
    private GatheringCalendar calendar;

    @Inject
    private Registrations registrations;

    @Inject
    private Organisations organisations;

    @Inject
    private Groups groups;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Feedback feedback;

    @Inject
    @Param(name = "id")
    private String idParameter;

    private Long id;
    private GatheringView gathering;
    private RegistrationView mine;
    private boolean organiser;

    @PostConstruct
    void load() {
        id = parsePositive(idParameter).orElse(null);
        Long viewer = currentUser.isSignedIn() ? currentUser.id() : null;
        gathering = id == null ? null : calendar.find(id, viewer).orElse(null);
        if (gathering != null && viewer != null) {
            mine = registrations.registrationOf(viewer, id).orElse(null);
            organiser = gathering.organiserIds().contains(viewer) || currentUser.isCoordinator()
                    || currentUser.isAdmin();
        }
    }

    /** Before rendering: an unknown gathering (or someone else's concept) is a missing page. */
    public void requireGathering() throws IOException {
        if (gathering == null && !FacesContext.getCurrentInstance().getResponseComplete()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such gathering");
        }
    }

    public void cancelMine() {
        try {
            registrations.cancel(currentUser.id(), id);
            feedback.info("registration.cancelled");
        } catch (RegistrationRefusedException e) {
            feedback.error("registration.refused." + e.reason());
        } catch (UnknownRegistrationException e) {
            feedback.error("registration.unknown");
        }
        load();
    }

    static Optional<Long> parsePositive(String text) {
        try {
            long value = text == null ? 0 : Long.parseLong(text.strip());
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Registration is offered while published, before the start and the deadline. */
    public boolean isOpen() {
        return gathering != null && RegisterPage.closedReason(gathering) == null;
    }

    /** Why registering is not possible, as a bundle key suffix, or null. */
    public String getClosedReason() {
        return gathering == null ? null : RegisterPage.closedReason(gathering);
    }

    public List<String> getOrganisationNames() {
        return gathering.organisationIds().stream().map(organisations::find).flatMap(Optional::stream)
                .map(OrganisationView::name).toList();
    }

    public String getGroupName() {
        return gathering.audienceGroupId() == null ? null
                : groups.find(gathering.audienceGroupId()).map(GroupView::name).orElse(null);
    }

    public boolean isCancelled() {
        return gathering != null && gathering.status() == GatheringStatus.GEANNULEERD;
    }

    public Long getId() {
        return id;
    }

    public GatheringView getGathering() {
        return gathering;
    }

    public RegistrationView getMine() {
        return mine;
    }

    public boolean isOrganiser() {
        return organiser;
    }
}
