package nl.netwerkplaats.web.pages.gatherings;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import nl.netwerkplaats.events.api.Attendance;
import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.Gatherings;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.NotOrganiserException;
import nl.netwerkplaats.events.api.ParticipantRole;
import nl.netwerkplaats.events.api.RegistrationRefusedException;
import nl.netwerkplaats.events.api.RegistrationView;
import nl.netwerkplaats.events.api.Registrations;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.security.CurrentUser;

/** For organisers: everyone registered, approvals, attendance per role, a message to all, the exports. */
@Named
@ViewScoped
public class RegistrationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient Registrations registrations;

    @Inject
    private transient Gatherings gatherings;

    @Inject
    private transient GatheringCalendar calendar;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Feedback feedback;

    @Inject
    @Param(name = "id")
    private String idParameter;

    private Long id;
    private GatheringView gathering;
    private List<RegistrationView> all = List.of();
    private Attendance attendance;
    private String subject;
    private String body;

    @PostConstruct
    void load() {
        id = GatheringPage.parsePositive(idParameter).orElse(null);
        gathering = id == null ? null : calendar.find(id, currentUser.id()).orElse(null);
        if (gathering != null && gatherings.mayOrganise(currentUser.id(), id)) {
            all = registrations.registrations(currentUser.id(), id);
            attendance = registrations.attendance(currentUser.id(), id);
        }
    }

    public void requireAccess() throws IOException {
        if (FacesContext.getCurrentInstance().getResponseComplete()) {
            return;
        }
        if (gathering == null) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such gathering");
        } else if (attendance == null) {
            Faces.responseSendError(HttpServletResponse.SC_FORBIDDEN, "Not an organiser");
        }
    }

    public void approve(RegistrationView r) {
        act(() -> registrations.approve(currentUser.id(), r.id()), "organise.approved", r.name());
    }

    public void refuse(RegistrationView r) {
        act(() -> registrations.refuse(currentUser.id(), r.id()), "organise.refusedRegistration", r.name());
    }

    public void sendMessage() {
        try {
            int sent = gatherings.messageRegistrants(currentUser.id(), id, subject, body);
            feedback.info("organise.messageSent", sent);
            subject = null;
            body = null;
        } catch (InvalidInputException e) {
            feedback.fieldError("message:" + e.field(), "input.problem." + e.problem(), e.limit());
        } catch (NotOrganiserException e) {
            feedback.error("organise.notAllowed");
        }
    }

    private void act(Runnable action, String key, Object argument) {
        try {
            action.run();
            feedback.info(key, argument);
        } catch (NotOrganiserException e) {
            feedback.error("organise.notAllowed");
        } catch (RegistrationRefusedException e) {
            feedback.error("registration.refused." + e.reason());
        }
        load();
    }

    public List<Map.Entry<ParticipantRole, Attendance.Counts>> getPerRole() {
        return attendance == null ? List.of() : attendance.perRole().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList();
    }

    public GatheringView getGathering() {
        return gathering;
    }

    public List<RegistrationView> getAll() {
        return all;
    }

    public Attendance getAttendance() {
        return attendance;
    }

    public Long getId() {
        return id;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
