package nl.netwerkplaats.web.pages.gatherings;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import nl.netwerkplaats.events.api.MemberRegistration;
import nl.netwerkplaats.events.api.RegistrationRefusedException;
import nl.netwerkplaats.events.api.Registrations;
import nl.netwerkplaats.events.api.UnknownRegistrationException;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * "Mijn aanmeldingen": a member's own registrations, the coming ones (with status, personal code and a cancel
 * button) and the past ones. The service decides what may still be cancelled and checks it again on cancel.
 */
@Named
@RequestScoped
public class MyRegistrationsPage {

    @Inject
    private Registrations registrations;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Feedback feedback;

    private List<MemberRegistration> mine;

    private List<MemberRegistration> mine() {
        if (mine == null) {
            mine = registrations.registrationsOf(currentUser.id());
        }
        return mine;
    }

    /** Not yet over, soonest first. */
    public List<MemberRegistration> getUpcoming() {
        OffsetDateTime now = OffsetDateTime.now();
        return mine().stream().filter(m -> m.gathering().endsAt().isAfter(now)).toList();
    }

    /** Over, most recent first. */
    public List<MemberRegistration> getPast() {
        OffsetDateTime now = OffsetDateTime.now();
        List<MemberRegistration> past = new ArrayList<>(
                mine().stream().filter(m -> !m.gathering().endsAt().isAfter(now)).toList());
        Collections.reverse(past);
        return past;
    }

    public void cancel(long gatheringId) {
        try {
            registrations.cancel(currentUser.id(), gatheringId);
            feedback.info("registration.cancelled");
        } catch (RegistrationRefusedException e) {
            feedback.error("registration.refused." + e.reason());
        } catch (UnknownRegistrationException e) {
            feedback.error("registration.unknown");
        }
        mine = null;
    }
}
