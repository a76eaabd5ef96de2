package nl.netwerkplaats.web.pages.gatherings;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;

import org.omnifaces.cdi.Param;
import org.omnifaces.util.Faces;

import nl.netwerkplaats.events.api.Audience;
import nl.netwerkplaats.events.api.Contributor;
import nl.netwerkplaats.events.api.GatheringCalendar;
import nl.netwerkplaats.events.api.GatheringDraft;
import nl.netwerkplaats.events.api.GatheringKind;
import nl.netwerkplaats.events.api.GatheringStatus;
import nl.netwerkplaats.events.api.GatheringStatusException;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.Gatherings;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.NotOrganiserException;
import nl.netwerkplaats.network.api.AccountView;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.Directory;
import nl.netwerkplaats.network.api.GroupSummary;
import nl.netwerkplaats.network.api.Groups;
import nl.netwerkplaats.network.api.OrganisationChoice;
import nl.netwerkplaats.network.api.OrganisationView;
import nl.netwerkplaats.network.api.PersonView;
import nl.netwerkplaats.network.api.Organisations;
import nl.netwerkplaats.web.pages.Feedback;
import nl.netwerkplaats.web.security.CurrentUser;

/**
 * Creating and editing a gathering, and its steps: publish, cancel, next edition, more organisers. Lists are typed
 * one per line: goals, organisations by name, hosts and speakers by name or by a member's e-mail address.
 * web.xml limits /bijeenkomsten/organisatie/* to members; the events service checks who organises.
 */
@Named
@ViewScoped
public class GatheringFormPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "gathering";

    @Inject
    private transient Gatherings gatherings;

    @Inject
    private transient GatheringCalendar calendar;

    @Inject
    private transient Accounts accounts;

    @Inject
    private transient Organisations organisations;

    @Inject
    private transient Directory directory;

    @Inject
    private transient Groups groups;

    @Inject
    private transient CurrentUser currentUser;

    @Inject
    private transient Feedback feedback;

    @Inject
    @Param(name = "id")
    private String idParameter;

    private Long id;
    private GatheringView gathering;
    private boolean allowed = true;

    private String title;
    private GatheringKind kind = GatheringKind.ONTMOETING;
    private String goals;
    private String description;
    private String startsAt;
    private String endsAt;
    private String venueName;
    private String venueAddress;
    private String municipalityCode;
    private String onlineUrl;
    /** Chosen with the autocompletes: organisation ids; people as {@code m:<account id>} or {@code t:<free text>}. */
    private List<String> organisationPicks = new ArrayList<>();
    private List<String> hostPicks = new ArrayList<>();
    private List<String> speakerPicks = new ArrayList<>();
    private final HashMap<String, String> labels = new HashMap<>();
    private String organisationSearch;
    private String hostSearch;
    private String speakerSearch;
    private List<Long> themeIds = new ArrayList<>();
    private Integer capacity;
    private String deadline;
    private Audience audience = Audience.EVERYONE;
    private Long audienceGroupId;
    private boolean approvalRequired;
    private String cancelReason;
    private String organiserEmail;

    @PostConstruct
    void load() {
        id = GatheringPage.parsePositive(idParameter).orElse(null);
        if (id == null) {
            return;
        }
        gathering = calendar.find(id, currentUser.id()).orElse(null);
        allowed = gathering != null && gatherings.mayOrganise(currentUser.id(), id);
        if (allowed) {
            fill(gathering);
        }
    }

    public void requireAccess() throws IOException {
        if (FacesContext.getCurrentInstance().getResponseComplete()) {
            return;
        }
        if (id != null && gathering == null) {
            Faces.responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such gathering");
        } else if (!allowed) {
            Faces.responseSendError(HttpServletResponse.SC_FORBIDDEN, "Not an organiser");
        }
    }

    private void fill(GatheringView g) {
        title = g.title();
        kind = g.kind();
        goals = String.join("\n", g.goals());
        description = g.description();
        GatheringTimes times = new GatheringTimes();
        startsAt = times.local(g.startsAt());
        endsAt = times.local(g.endsAt());
        venueName = g.venueName();
        venueAddress = g.venueAddress();
        municipalityCode = g.municipalityCode();
        onlineUrl = g.onlineUrl();
        organisationPicks = new ArrayList<>();
        for (Long organisationId : g.organisationIds()) {
            organisations.find(organisationId).ifPresent(o -> {
                organisationPicks.add(String.valueOf(o.id()));
                labels.put(String.valueOf(o.id()), o.name());
            });
        }
        hostPicks = contributorPicks(g, Contributor.Kind.HOST);
        speakerPicks = contributorPicks(g, Contributor.Kind.SPEAKER);
        themeIds = new ArrayList<>(g.themeIds());
        capacity = g.capacity();
        deadline = times.local(g.registrationDeadline());
        audience = g.audience();
        audienceGroupId = g.audienceGroupId();
        approvalRequired = g.approvalRequired();
    }

    /** A member stays a pick of their account, so that saving again keeps the link to it. */
    private List<String> contributorPicks(GatheringView g, Contributor.Kind which) {
        List<String> picks = new ArrayList<>();
        for (Contributor c : g.contributors()) {
            if (c.kind() != which) {
                continue;
            }
            String pick = c.accountId() == null ? FREE_TEXT + c.name() : MEMBER + c.accountId();
            labels.put(pick, c.accountId() == null ? c.name()
                    : accounts.findById(c.accountId()).map(AccountView::displayName).orElse(c.name()));
            picks.add(pick);
        }
        return picks;
    }

    private static final String MEMBER = "m:";
    private static final String FREE_TEXT = "t:";
    private static final int SUGGESTIONS = 10;

    /** Autocomplete of organising organisations: the sociale kaart by name. */
    public List<String> completeOrganisation(String typed) {
        List<String> picks = new ArrayList<>();
        for (OrganisationChoice o : directory.organisationsNamed(typed, SUGGESTIONS)) {
            labels.put(String.valueOf(o.id()), o.name());
            picks.add(String.valueOf(o.id()));
        }
        return picks;
    }

    /**
     * Autocomplete of hosts and speakers: members who opened their name to members (the people search of the
     * network, whole words), and the typed text itself for someone who is not a member.
     */
    public List<String> completePerson(String typed) {
        List<String> picks = new ArrayList<>();
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return picks;
        }
        for (PersonView person : directory.people(text, nl.netwerkplaats.network.api.Audience.MEMBERS, 1).people()) {
            if (picks.size() == SUGGESTIONS) {
                break;
            }
            if (person.displayName() == null) {
                continue;
            }
            labels.put(MEMBER + person.id(), person.displayName());
            picks.add(MEMBER + person.id());
        }
        String free = FREE_TEXT + text;
        labels.put(free, text);
        picks.add(free);
        return picks;
    }

    /** What a chosen organisation or person reads as. */
    public String label(String pick) {
        if (pick == null) {
            return "";
        }
        String known = labels.get(pick);
        if (known != null) {
            return known;
        }
        if (pick.startsWith(FREE_TEXT)) {
            return pick.substring(FREE_TEXT.length());
        }
        if (pick.startsWith(MEMBER)) {
            return GatheringPage.parsePositive(pick.substring(MEMBER.length())).flatMap(accounts::findById)
                    .map(AccountView::displayName).orElse("");
        }
        return GatheringPage.parsePositive(pick).flatMap(organisations::find).map(OrganisationView::name).orElse("");
    }

    /** The chosen organisations ({@code organisation}), hosts ({@code host}) or speakers ({@code speaker}). */
    public List<String> picks(String which) {
        return switch (which) {
            case "organisation" -> organisationPicks;
            case "host" -> hostPicks;
            case "speaker" -> speakerPicks;
            default -> throw new IllegalArgumentException(which);
        };
    }

    /** A suggestion was chosen in the autocomplete: it joins the list, and the search field is empty again. */
    public void add(String which) {
        String chosen = switch (which) {
            case "organisation" -> organisationSearch;
            case "host" -> hostSearch;
            case "speaker" -> speakerSearch;
            default -> throw new IllegalArgumentException(which);
        };
        List<String> picks = picks(which);
        if (chosen != null && !chosen.isBlank() && !picks.contains(chosen)) {
            picks.add(chosen);
        }
        organisationSearch = null;
        hostSearch = null;
        speakerSearch = null;
    }

    public void remove(String which, String pick) {
        picks(which).remove(pick);
    }

    /** A name typed in a people field but not chosen from the list counts as that name, not as nothing. */
    private void takeTypedNames() {
        for (String which : List.of("host", "speaker")) {
            String typed = "host".equals(which) ? hostSearch : speakerSearch;
            if (typed != null && !typed.isBlank()) {
                String pick = typed.startsWith(MEMBER) || typed.startsWith(FREE_TEXT) ? typed : FREE_TEXT + typed.strip();
                if (!picks(which).contains(pick)) {
                    picks(which).add(pick);
                }
            }
        }
        hostSearch = null;
        speakerSearch = null;
    }

    /** True for a suggestion that is the typed text (not a member). */
    public boolean freeText(String pick) {
        return pick != null && pick.startsWith(FREE_TEXT);
    }

    public String save() {
        try {
            GatheringDraft draft = draft();
            if (draft == null) {
                return null;
            }
            GatheringView saved = id == null ? gatherings.create(currentUser.id(), draft)
                    : gatherings.update(currentUser.id(), id, draft);
            feedback.keepForRedirect();
            feedback.info(id == null ? "organise.created" : "organise.saved");
            return "/bijeenkomsten/organisatie/bewerken.xhtml?faces-redirect=true&id=" + saved.id();
        } catch (InvalidInputException e) {
            String field = FIELDS.get(e.field());
            if (field == null) {
                feedback.error("input.problem." + e.problem(), e.limit());
            } else {
                feedback.fieldError(FORM + ":" + field, "input.problem." + e.problem(), e.limit());
            }
        } catch (NotOrganiserException e) {
            feedback.error("organise.notAllowed");
        } catch (GatheringStatusException e) {
            feedback.error("organise.status." + e.status());
        }
        return null;
    }

    /** The form field that shows the message for each field of the draft. */
    private static final java.util.Map<String, String> FIELDS = java.util.Map.ofEntries(
            java.util.Map.entry("title", "title"), java.util.Map.entry("kind", "kind"),
            java.util.Map.entry("goals", "goals"), java.util.Map.entry("description", "description"),
            java.util.Map.entry("startsAt", "startsAt"), java.util.Map.entry("endsAt", "endsAt"),
            java.util.Map.entry("venueName", "venueName"), java.util.Map.entry("venueAddress", "venueAddress"),
            java.util.Map.entry("municipalityCode", "municipalityCode"), java.util.Map.entry("onlineUrl", "onlineUrl"),
            java.util.Map.entry("organisationIds", "organisationSearch"),
            java.util.Map.entry("contributors", "speakerSearch"), java.util.Map.entry("themeIds", "themeIds"),
            java.util.Map.entry("capacity", "capacity"),
            java.util.Map.entry("registrationDeadline", "registrationDeadline"),
            java.util.Map.entry("audienceGroupId", "audienceGroupId"));

    public String publish() {
        return step(() -> gatherings.publish(currentUser.id(), id), "organise.published");
    }

    public String cancelGathering() {
        if (cancelReason != null && cancelReason.length() > 1000) {
            feedback.fieldError("steps:cancelReason", "input.problem.TOO_LONG", 1000);
            return null;
        }
        return step(() -> gatherings.cancel(currentUser.id(), id, cancelReason), "organise.cancelled");
    }

    public String nextEdition() {
        try {
            GatheringView next = gatherings.nextEdition(currentUser.id(), id);
            feedback.keepForRedirect();
            feedback.info("organise.nextEditionMade");
            return "/bijeenkomsten/organisatie/bewerken.xhtml?faces-redirect=true&id=" + next.id();
        } catch (NotOrganiserException e) {
            feedback.error("organise.notAllowed");
            return null;
        }
    }

    public String addOrganiser() {
        Optional<AccountView> account = organiserEmail == null ? Optional.empty()
                : accounts.findByEmail(organiserEmail.strip());
        if (account.isEmpty()) {
            feedback.fieldError("organisers:organiserEmail", "organise.organiser.unknown");
            return null;
        }
        return step(() -> gatherings.addOrganiser(currentUser.id(), id, account.get().id()), "organise.organiser.added");
    }

    private String step(Runnable action, String doneKey) {
        try {
            action.run();
            feedback.keepForRedirect();
            feedback.info(doneKey);
            return "/bijeenkomsten/organisatie/bewerken.xhtml?faces-redirect=true&id=" + id;
        } catch (GatheringStatusException e) {
            feedback.error("organise.status." + e.status());
        } catch (NotOrganiserException e) {
            feedback.error("organise.notAllowed");
        } catch (InvalidInputException e) {
            feedback.error("input.problem." + e.problem(), e.limit());
        }
        return null;
    }

    /** The draft from the fields, or null after putting a message at a field that cannot be read. */
    private GatheringDraft draft() {
        OffsetDateTime start = moment("startsAt", startsAt, true);
        OffsetDateTime end = moment("endsAt", endsAt, true);
        OffsetDateTime until = moment("registrationDeadline", deadline, false);
        takeTypedNames();
        List<Long> organisationIds = new ArrayList<>();
        for (String pick : organisationPicks == null ? List.<String>of() : organisationPicks) {
            Optional<Long> found = GatheringPage.parsePositive(pick).filter(o -> organisations.find(o).isPresent());
            if (found.isEmpty()) {
                feedback.fieldError(FORM + ":organisationSearch", "organise.organisation.unknown", pick);
                return null;
            }
            if (!organisationIds.contains(found.get())) {
                organisationIds.add(found.get());
            }
        }
        if (FacesContext.getCurrentInstance().isValidationFailed()) {
            return null;
        }
        List<Contributor> contributors = new ArrayList<>();
        for (String pick : hostPicks == null ? List.<String>of() : hostPicks) {
            contributor(Contributor.Kind.HOST, pick).ifPresent(contributors::add);
        }
        for (String pick : speakerPicks == null ? List.<String>of() : speakerPicks) {
            contributor(Contributor.Kind.SPEAKER, pick).ifPresent(contributors::add);
        }
        return new GatheringDraft(title, kind, lines(goals), description, start, end, venueName, venueAddress,
                municipalityCode, onlineUrl, organisationIds, contributors, themeIds, capacity, until, audience,
                audience == Audience.GROUP ? audienceGroupId : null, approvalRequired);
    }

    /** A member pick becomes a link to the account (an unknown one is dropped); anything else is a name. */
    private Optional<Contributor> contributor(Contributor.Kind which, String pick) {
        if (pick.startsWith(MEMBER)) {
            return GatheringPage.parsePositive(pick.substring(MEMBER.length())).flatMap(accounts::findById)
                    .map(a -> new Contributor(which, a.id(), null));
        }
        String name = (pick.startsWith(FREE_TEXT) ? pick.substring(FREE_TEXT.length()) : pick).strip();
        return name.isEmpty() ? Optional.empty() : Optional.of(new Contributor(which, null, name));
    }

    private OffsetDateTime moment(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                feedback.fieldError(FORM + ":" + field, "validation.required");
            }
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip()).atZone(AgendaPage.DUTCH_TIME).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            feedback.fieldError(FORM + ":" + field, "organise.dateTime.invalid");
            return null;
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public boolean isNew() {
        return id == null;
    }

    public boolean isConcept() {
        return gathering != null && gathering.status() == GatheringStatus.CONCEPT;
    }

    public boolean isCancellable() {
        return gathering != null && (gathering.status() == GatheringStatus.CONCEPT
                || gathering.status() == GatheringStatus.GEPUBLICEERD);
    }

    public boolean isEditable() {
        return gathering == null || isCancellable();
    }

    public List<GatheringKind> getKinds() {
        return Arrays.asList(GatheringKind.values());
    }

    public List<Audience> getAudiences() {
        return Arrays.asList(Audience.values());
    }

    public List<GroupSummary> getGroups() {
        return groups.list(null, 0, 500);
    }

    public List<String> getOrganiserNames() {
        return gathering == null ? List.of() : gathering.organiserIds().stream().map(accounts::findById)
                .flatMap(Optional::stream).map(a -> a.displayName()).toList();
    }

    public Long getId() {
        return id;
    }

    public GatheringView getGathering() {
        return gathering;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public GatheringKind getKind() {
        return kind;
    }

    public void setKind(GatheringKind kind) {
        this.kind = kind;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(String startsAt) {
        this.startsAt = startsAt;
    }

    public String getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(String endsAt) {
        this.endsAt = endsAt;
    }

    public String getVenueName() {
        return venueName;
    }

    public void setVenueName(String venueName) {
        this.venueName = venueName;
    }

    public String getVenueAddress() {
        return venueAddress;
    }

    public void setVenueAddress(String venueAddress) {
        this.venueAddress = venueAddress;
    }

    public String getMunicipalityCode() {
        return municipalityCode;
    }

    public void setMunicipalityCode(String municipalityCode) {
        this.municipalityCode = municipalityCode;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public void setOnlineUrl(String onlineUrl) {
        this.onlineUrl = onlineUrl;
    }

    public String getOrganisationSearch() {
        return organisationSearch;
    }

    public void setOrganisationSearch(String organisationSearch) {
        this.organisationSearch = organisationSearch;
    }

    public String getHostSearch() {
        return hostSearch;
    }

    public void setHostSearch(String hostSearch) {
        this.hostSearch = hostSearch;
    }

    public String getSpeakerSearch() {
        return speakerSearch;
    }

    public void setSpeakerSearch(String speakerSearch) {
        this.speakerSearch = speakerSearch;
    }

    public List<String> getOrganisationPicks() {
        return organisationPicks;
    }

    public void setOrganisationPicks(List<String> organisationPicks) {
        this.organisationPicks = organisationPicks;
    }

    public List<String> getHostPicks() {
        return hostPicks;
    }

    public void setHostPicks(List<String> hostPicks) {
        this.hostPicks = hostPicks;
    }

    public List<String> getSpeakerPicks() {
        return speakerPicks;
    }

    public void setSpeakerPicks(List<String> speakerPicks) {
        this.speakerPicks = speakerPicks;
    }

    public List<Long> getThemeIds() {
        return themeIds;
    }

    public void setThemeIds(List<Long> themeIds) {
        this.themeIds = themeIds;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getDeadline() {
        return deadline;
    }

    public void setDeadline(String deadline) {
        this.deadline = deadline;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public Long getAudienceGroupId() {
        return audienceGroupId;
    }

    public void setAudienceGroupId(Long audienceGroupId) {
        this.audienceGroupId = audienceGroupId;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public void setApprovalRequired(boolean approvalRequired) {
        this.approvalRequired = approvalRequired;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public String getOrganiserEmail() {
        return organiserEmail;
    }

    public void setOrganiserEmail(String organiserEmail) {
        this.organiserEmail = organiserEmail == null ? null : organiserEmail.toLowerCase(Locale.ROOT);
    }
}
