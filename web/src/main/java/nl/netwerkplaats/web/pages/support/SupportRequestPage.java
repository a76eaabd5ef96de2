package nl.netwerkplaats.web.pages.support;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import nl.netwerkplaats.kernel.reference.Municipality;
import nl.netwerkplaats.kernel.reference.Province;
import nl.netwerkplaats.kernel.reference.ReferenceData;
import nl.netwerkplaats.network.api.ActionNotAllowedException;
import nl.netwerkplaats.network.api.HelpKind;
import nl.netwerkplaats.network.api.InputRejectedException;
import nl.netwerkplaats.network.api.MatchCandidate;
import nl.netwerkplaats.network.api.MatchReason;
import nl.netwerkplaats.network.api.PartyKind;
import nl.netwerkplaats.network.api.Support;
import nl.netwerkplaats.network.api.Support.PartyRef;
import nl.netwerkplaats.network.api.SupportEventView;
import nl.netwerkplaats.network.api.SupportMatchView;
import nl.netwerkplaats.network.api.SupportRequestView;
import nl.netwerkplaats.network.api.SupportStatus;
import nl.netwerkplaats.network.api.SupportTransitionException;
import nl.netwerkplaats.web.i18n.Messages;
import nl.netwerkplaats.web.pages.Choices;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.pages.helpdesk.RejectedInput;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * One request for support: the public part for everyone; contact details, links and history for those who may
 * see them (decided by the service); for coordinators the ranked list of who could help and the form to link.
 * Request-scoped: the buttons send the id along, so the page keeps no state between requests.
 */
@Named
@RequestScoped
public class SupportRequestPage {

    static final int MATCHES_SHOWN = 25;

    @Inject
    private Support support;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Messages messages;

    @Inject
    private Feedback feedback;

    @Inject
    private Choices choices;

    @Inject
    @Param(name = "id")
    private String idParameter;

    private Long id;
    private SupportRequestView request;
    private List<MatchCandidate> candidates;

    // The forms' fields.
    private SupportStatus newStatus;
    private String lesson;
    private List<String> chosen = new ArrayList<>();
    private Long contactPersonId;

    @PostConstruct
    void load() {
        id = parsePositive(idParameter);
        reload();
    }

    private void reload() {
        request = id == null ? null : support.request(id, viewerId()).orElse(null);
        candidates = null;
    }

    private Long viewerId() {
        return currentUser.account().map(a -> a.id()).orElse(null);
    }

    /** Before rendering: an unknown request is a missing page, with the status code to match. */
    public void requireRequest() throws IOException {
        if (request == null && !FacesContext.getCurrentInstance().getResponseComplete()) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such request");
        }
    }

    /** Who could help, best first; only for those who may link or manage the request while it is open. */
    public List<MatchCandidate> getCandidates() {
        if (candidates == null) {
            candidates = request != null && request.status().isOpen() && (request.mayLink() || request.mayManage())
                    ? support.matches(currentUser.id(), id, MATCHES_SHOWN) : List.of();
        }
        return candidates;
    }

    public List<SelectItem> getCandidateItems() {
        return getCandidates().stream().filter(c -> c.linked() == null)
                .map(c -> new SelectItem(c.kind() + ":" + c.id(), candidateLabel(c))).toList();
    }

    private String candidateLabel(MatchCandidate c) {
        String name = c.name() == null ? messages.get("support.unnamed") : c.name();
        return messages.get("enum.PartyKind." + c.kind()) + ": " + name;
    }

    /** A reason in words: "zelfde thema: eenzaamheid", "werkt in Deventer". */
    public String reason(MatchReason reason) {
        String argument = reason.argument();
        Object shown = switch (reason.code()) {
            case SAME_THEME -> choices.themeName(Long.valueOf(argument));
            case SAME_MUNICIPALITY -> ReferenceData.get().municipality(argument).map(Municipality::name)
                    .orElse(argument);
            case SAME_PROVINCE -> ReferenceData.get().province(argument).map(Province::name).orElse(argument);
            case OFFERS_HELP -> choices.label(HelpKind.valueOf(argument)).toLowerCase(FacesContext
                    .getCurrentInstance().getViewRoot().getLocale());
            case EARLIER_SUCCESS -> Integer.valueOf(argument);
            case TEXT_SIMILAR, OFFERED -> argument == null ? "" : argument;
        };
        return messages.format("support.reason." + reason.code(), shown);
    }

    public String eventText(SupportEventView event) {
        String detail = event.detail() == null ? "" : event.detail();
        if ("STATUS".equals(event.kind())) {
            detail = choices.label(SupportStatus.valueOf(detail));
        }
        return messages.format("support.event." + event.kind(), detail);
    }

    /** The statuses the manager may choose now. */
    public List<SupportStatus> getNextStatuses() {
        if (request == null || !request.status().isOpen()) {
            return List.of();
        }
        List<SupportStatus> next = new ArrayList<>();
        if (request.status() == SupportStatus.NEW) {
            next.add(SupportStatus.IN_PROGRESS);
        }
        if (request.status() == SupportStatus.LINKED) {
            next.add(SupportStatus.COMPLETED);
        }
        next.add(SupportStatus.FAILED);
        return next;
    }

    /**
     * Who can be named contact person: the one who links, the requester, or any coordinator (the service says who,
     * and checks the choice again when linking).
     */
    public Map<Long, String> getContactChoices() {
        if (contactChoices == null) {
            contactChoices = new java.util.LinkedHashMap<>();
            if (request != null && request.mayLink()) {
                try {
                    support.contactPersons(currentUser.id(), id).forEach((personId, name) -> contactChoices.put(personId,
                            personId == currentUser.id() ? messages.format("support.contact.me", name)
                                    : personId.equals(request.requesterId())
                                    ? messages.format("support.contact.requester", name)
                                    : messages.format("support.contact.coordinator", name)));
                } catch (ActionNotAllowedException e) {
                    contactChoices.clear();
                }
            }
        }
        return contactChoices;
    }

    private Map<Long, String> contactChoices;

    public List<SelectItem> getContactItems() {
        return getContactChoices().entrySet().stream().map(e -> new SelectItem(e.getKey(), e.getValue())).toList();
    }

    private Long requesterId() {
        return request.requesterId();
    }

    public void changeStatus() {
        try {
            support.changeStatus(currentUser.id(), id, newStatus, lesson);
            feedback.info("support.status.changed", choices.label(newStatus));
            reload();
        } catch (InputRejectedException e) {
            RejectedInput.show(e, "support", Map.of("lesson", "status:lesson"), messages);
        } catch (SupportTransitionException e) {
            feedback.fieldError("status:newStatus", "support.transition." + e.to());
        } catch (ActionNotAllowedException e) {
            feedback.error("support.notAllowed");
        }
    }

    public void link() {
        List<PartyRef> parties = chosen.stream().map(value -> {
            String[] parts = value.split(":");
            return new PartyRef(PartyKind.valueOf(parts[0]), Long.parseLong(parts[1]));
        }).toList();
        try {
            support.link(currentUser.id(), id, parties, contactPersonId == null ? currentUser.id() : contactPersonId);
            feedback.info("support.linked", parties.size());
            chosen = new ArrayList<>();
            reload();
        } catch (InputRejectedException e) {
            RejectedInput.show(e, "support", Map.of("parties", "link:parties",
                    "contactPersonId", "link:contactPerson"), messages);
        } catch (SupportTransitionException e) {
            feedback.error("support.transition.LINKED");
        } catch (ActionNotAllowedException e) {
            feedback.error("support.notAllowed");
        }
    }

    public void answer(SupportMatchView match, boolean accept) {
        try {
            support.answer(currentUser.id(), match.id(), accept);
            feedback.info(accept ? "support.accepted" : "support.declined", request.title());
            reload();
        } catch (SupportTransitionException e) {
            feedback.error("support.closed");
        } catch (ActionNotAllowedException e) {
            feedback.error("support.notAllowed");
        }
    }

    static Long parsePositive(String text) {
        try {
            long value = text == null ? 0 : Long.parseLong(text.strip());
            return value > 0 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public Long getId() {
        return id;
    }

    public SupportRequestView getRequest() {
        return request;
    }

    public SupportStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(SupportStatus newStatus) {
        this.newStatus = newStatus;
    }

    public String getLesson() {
        return lesson;
    }

    public void setLesson(String lesson) {
        this.lesson = lesson;
    }

    public List<String> getChosen() {
        return chosen;
    }

    public void setChosen(List<String> chosen) {
        this.chosen = chosen == null ? new ArrayList<>() : chosen;
    }

    public Long getContactPersonId() {
        return contactPersonId;
    }

    public void setContactPersonId(Long contactPersonId) {
        this.contactPersonId = contactPersonId;
    }
}
