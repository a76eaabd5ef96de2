package nl.netwerkplaats.web.pages.gatherings;

import java.io.Serializable;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.cdi.Param;

import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringStatus;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.RegistrationRefusedException;
import nl.netwerkplaats.events.api.RegistrationStatus;
import nl.netwerkplaats.events.api.RegistrationView;
import nl.netwerkplaats.events.api.Registrations;
import nl.netwerkplaats.events.api.UnknownRegistrationException;
import nl.netwerkplaats.web.pages.Feedback;

/**
 * The page behind the personal link in the mails. A guest confirms their address with its button; it shows where
 * the registration stands, the personal code with its QR image, and cancels on request.
 */
@Named
@ViewScoped
public class RegistrationLinkPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Registrations registrations;

    @Inject
    private transient GatheringCalendar calendar;

    @Inject
    private transient Feedback feedback;

    @Inject
    @Param(name = "t")
    private String token;

    private RegistrationView registration;
    private GatheringView gathering;

    @PostConstruct
    void load() {
        registration = token == null ? null : registrations.findByLink(token).orElse(null);
        gathering = registration == null ? null : calendar.find(registration.gatheringId(), null).orElse(null);
        if (gathering == null) {
            registration = null;
        }
    }

    /** A button, not the opening of the page: programs that scan links in mail must not confirm anyone. */
    public void confirm() {
        try {
            registrations.confirmByLink(token);
            feedback.info("registration.emailConfirmed");
        } catch (RegistrationRefusedException e) {
            feedback.error("registration.refused." + e.reason());
        } catch (UnknownRegistrationException e) {
            feedback.error("registration.unknownLink");
        }
        load();
    }

    public boolean isAwaitingEmail() {
        return registration != null && registration.status() == RegistrationStatus.AWAITING_EMAIL;
    }

    public void cancel() {
        try {
            registrations.cancelByLink(token);
            feedback.info("registration.cancelled");
        } catch (RegistrationRefusedException e) {
            feedback.error("registration.refused." + e.reason());
        } catch (UnknownRegistrationException e) {
            feedback.error("registration.unknownLink");
        }
        load();
    }

    public boolean isCancellable() {
        return registration != null && registration.status().live()
                && gathering.status() == GatheringStatus.GEPUBLICEERD;
    }

    public RegistrationView getRegistration() {
        return registration;
    }

    public GatheringView getGathering() {
        return gathering;
    }

    public String getToken() {
        return token;
    }
}
