package nl.netwerkplaats.web.pages.gatherings;

import java.io.IOException;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import nl.netwerkplaats.events.api.Audience;
import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringStatus;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.ParticipantRole;
import nl.netwerkplaats.events.api.RegistrationOutcome;
import nl.netwerkplaats.events.api.RegistrationRefusedException;
import nl.netwerkplaats.events.api.RegistrationRequest;
import nl.netwerkplaats.events.api.Registrations;
import nl.netwerkplaats.events.api.UnknownGatheringException;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * The registration form: a member confirms with one button, a guest gives name and address and confirms by the
 * link in the mail. The answer never shows a guest's link: only the mailbox proves the address.
 */
@Named
@ViewScoped
public class RegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "register";

    @Inject
    private transient GatheringCalendar calendar;

    @Inject
    private transient Registrations registrations;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Feedback feedback;

    @Inject
    @Param(name = "id")
    private String idParameter;

    private Long id;
    private GatheringView gathering;
    private String name;
    private String email;
    private String organisation;
    private ParticipantRole role = ParticipantRole.ANDERS;
    private String needs;
    private boolean listed;
    private boolean mailSent;

    @PostConstruct
    void load() {
        id = GatheringPage.parsePositive(idParameter).orElse(null);
        gathering = id == null ? null : calendar.find(id, null).orElse(null);
    }

    public void requireGathering() throws IOException {
        if (gathering == null && !FacesContext.getCurrentInstance().getResponseComplete()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such gathering");
        }
    }

    /** Why nobody can register now, as a key suffix of {@code registration.refused.*}, or null when open. */
    static String closedReason(GatheringView g) {
        if (g.status() == GatheringStatus.GEANNULEERD) {
            return "CANCELLED";
        }
        if (g.status() != GatheringStatus.GEPUBLICEERD || !g.startsAt().isAfter(OffsetDateTime.now())) {
            return g.status() == GatheringStatus.CONCEPT ? "NOT_OPEN" : "PAST";
        }
        if (g.registrationDeadline() != null && g.registrationDeadline().isBefore(OffsetDateTime.now())) {
            return "DEADLINE_PASSED";
        }
        return null;
    }

    public String register() {
        String language = FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage();
        try {
            RegistrationOutcome outcome = registrations.register(id, currentUser.isSignedIn()
                    ? RegistrationRequest.member(currentUser.id(), organisation, role, needs, listed, language)
                    : RegistrationRequest.guest(name, email, organisation, role, needs, listed, language));
            if (!currentUser.isSignedIn()) {
                mailSent = true;
                feedback.info("registration.mailSent", email);
                return null;
            }
            feedback.keepForRedirect();
            feedback.info("registration.status." + outcome.status(), outcome.waitingPosition());
            return "/bijeenkomsten/bijeenkomst.xhtml?faces-redirect=true&id=" + id;
        } catch (InvalidInputException e) {
            feedback.fieldError(FORM + ":" + e.field(), "input.problem." + e.problem(), e.limit());
        } catch (RegistrationRefusedException e) {
            feedback.error("registration.refused." + e.reason());
        } catch (UnknownGatheringException e) {
            feedback.error("registration.refused.NOT_OPEN");
        }
        return null;
    }

    public boolean isOpen() {
        return gathering != null && closedReason(gathering) == null;
    }

    public String getClosedReason() {
        return gathering == null ? null : closedReason(gathering);
    }

    /** A visitor cannot register for a gathering for members or a group: they are asked to log in. */
    public boolean isLoginNeeded() {
        return !currentUser.isSignedIn() && gathering != null && gathering.audience() != Audience.EVERYONE;
    }

    public List<ParticipantRole> getRoles() {
        return Arrays.asList(ParticipantRole.values());
    }

    public GatheringView getGathering() {
        return gathering;
    }

    public Long getId() {
        return id;
    }

    public boolean isMailSent() {
        return mailSent;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public ParticipantRole getRole() {
        return role;
    }

    public void setRole(ParticipantRole role) {
        this.role = role;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public boolean isListed() {
        return listed;
    }

    public void setListed(boolean listed) {
        this.listed = listed;
    }
}
