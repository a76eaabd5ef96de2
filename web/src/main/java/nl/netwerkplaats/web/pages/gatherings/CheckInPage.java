package nl.netwerkplaats.web.pages.gatherings;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.Gatherings;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.ParticipantRole;
import nl.netwerkplaats.events.api.RegistrationRefusedException;
import nl.netwerkplaats.events.api.RegistrationStatus;
import nl.netwerkplaats.events.api.RegistrationView;
import nl.netwerkplaats.events.api.Registrations;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * At the door, on a phone or tablet: find a name, tick present, add someone who walks in. Opened with
 * {@code code=} (from the QR image of a confirmation) it shows that one person first.
 */
@Named
@ViewScoped
public class CheckInPage implements Serializable {

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

    @Inject
    @Param(name = "code")
    private String codeParameter;

    private Long id;
    private GatheringView gathering;
    private boolean allowed;
    private List<RegistrationView> confirmed = List.of();
    private RegistrationView byCode;
    private boolean codeUnknown;
    private String search;
    private String walkInName;
    private String walkInOrganisation;
    private ParticipantRole walkInRole = ParticipantRole.ANDERS;

    @PostConstruct
    void load() {
        id = GatheringPage.parsePositive(idParameter).orElse(null);
        gathering = id == null ? null : calendar.find(id, currentUser.id()).orElse(null);
        allowed = gathering != null && gatherings.mayOrganise(currentUser.id(), id);
        if (!allowed) {
            return;
        }
        if (codeParameter != null && !codeParameter.isBlank() && byCode == null) {
            byCode = registrations.findByCode(currentUser.id(), id, codeParameter).orElse(null);
            codeUnknown = byCode == null;
        }
        refresh();
    }

    private void refresh() {
        confirmed = registrations.registrations(currentUser.id(), id).stream()
                .filter(r -> r.status() == RegistrationStatus.CONFIRMED)
                .sorted((a, b) -> String.valueOf(a.name()).compareToIgnoreCase(String.valueOf(b.name())))
                .toList();
        if (byCode != null) {
            long codeId = byCode.id();
            byCode = confirmed.stream().filter(r -> r.id() == codeId).findFirst().orElse(byCode);
        }
    }

    public void requireAccess() throws IOException {
        if (FacesContext.getCurrentInstance().getResponseComplete()) {
            return;
        }
        if (gathering == null) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such gathering");
        } else if (!allowed) {
            Faces.responseSendError(HttpServletResponse.SC_FORBIDDEN, "Not an organiser");
        }
    }

    public void toggle(RegistrationView r) {
        try {
            registrations.markPresent(currentUser.id(), r.id(), !r.present());
            feedback.info(r.present() ? "checkin.unmarked" : "checkin.marked", r.name());
        } catch (RegistrationRefusedException e) {
            feedback.error("registration.refused." + e.reason());
        }
        refresh();
    }

    public void walkIn() {
        try {
            RegistrationView added = registrations.walkIn(currentUser.id(), id, walkInName, walkInOrganisation,
                    walkInRole);
            feedback.info("checkin.walkInAdded", added.name());
            walkInName = null;
            walkInOrganisation = null;
            walkInRole = ParticipantRole.ANDERS;
        } catch (InvalidInputException e) {
            String field = "name".equals(e.field()) ? "walkInName" : "walkInOrganisation";
            feedback.fieldError("walkin:" + field, "input.problem." + e.problem(), e.limit());
        }
        refresh();
    }

    /** The confirmed people whose name or organisation contains the search text. */
    public List<RegistrationView> getShown() {
        if (search == null || search.isBlank()) {
            return confirmed;
        }
        String text = search.strip().toLowerCase(Locale.ROOT);
        return confirmed.stream().filter(r -> contains(r.name(), text) || contains(r.organisation(), text)).toList();
    }

    private static boolean contains(String value, String text) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(text);
    }

    public long getPresentCount() {
        return confirmed.stream().filter(RegistrationView::present).count();
    }

    public List<ParticipantRole> getRoles() {
        return Arrays.asList(ParticipantRole.values());
    }

    public GatheringView getGathering() {
        return gathering;
    }

    public List<RegistrationView> getConfirmed() {
        return confirmed;
    }

    public RegistrationView getByCode() {
        return byCode;
    }

    public boolean isCodeUnknown() {
        return codeUnknown;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getWalkInName() {
        return walkInName;
    }

    public void setWalkInName(String walkInName) {
        this.walkInName = walkInName;
    }

    public String getWalkInOrganisation() {
        return walkInOrganisation;
    }

    public void setWalkInOrganisation(String walkInOrganisation) {
        this.walkInOrganisation = walkInOrganisation;
    }

    public ParticipantRole getWalkInRole() {
        return walkInRole;
    }

    public void setWalkInRole(ParticipantRole walkInRole) {
        this.walkInRole = walkInRole;
    }
}
