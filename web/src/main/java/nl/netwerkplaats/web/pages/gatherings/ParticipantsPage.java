package nl.netwerkplaats.web.pages.gatherings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.ParticipantView;
import nl.netwerkplaats.events.api.Registrations;
import nl.netwerkplaats.web.security.CurrentUser;

/** The deelnemerslijst for members: who consented to be on it, grouped by organisation. */
@Named
@RequestScoped
public class ParticipantsPage {

    /** One organisation with its people; {@code organisation} null for people without one. */
    public record Group(String organisation, List<ParticipantView> people) {
    }

    @Inject
    private GatheringCalendar calendar;

    @Inject
    private Registrations registrations;

    @Inject
    private CurrentUser currentUser;

    @Inject
    @Param(name = "id")
    private String idParameter;

    private GatheringView gathering;
    private List<Group> groups = List.of();

    @PostConstruct
    void load() {
        Long id = GatheringPage.parsePositive(idParameter).orElse(null);
        gathering = id == null ? null : calendar.find(id, currentUser.id()).orElse(null);
        if (gathering != null) {
            Map<String, List<ParticipantView>> byOrganisation = new LinkedHashMap<>();
            for (ParticipantView p : registrations.participantList(currentUser.id(), id)) {
                byOrganisation.computeIfAbsent(p.organisation(), o -> new ArrayList<>()).add(p);
            }
            groups = byOrganisation.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
        }
    }

    public void requireGathering() throws IOException {
        if (gathering == null && !FacesContext.getCurrentInstance().getResponseComplete()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such gathering");
        }
    }

    public GatheringView getGathering() {
        return gathering;
    }

    public List<Group> getGroups() {
        return groups;
    }
}
