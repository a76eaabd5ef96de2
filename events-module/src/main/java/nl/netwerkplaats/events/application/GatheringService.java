package nl.netwerkplaats.events.application;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.events.api.Audience;
import nl.netwerkplaats.events.api.Contributor;
import nl.netwerkplaats.events.api.GatheringDraft;
import nl.netwerkplaats.events.api.GatheringStatus;
import nl.netwerkplaats.events.api.GatheringStatusException;
import nl.netwerkplaats.events.api.GatheringSummary;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.Gatherings;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.InvalidInputException.Problem;
import nl.netwerkplaats.events.api.RegistrationStatus;
import nl.netwerkplaats.events.api.UnknownGatheringException;
import nl.netwerkplaats.events.domain.Gathering;
import nl.netwerkplaats.events.domain.Registration;
import nl.netwerkplaats.kernel.reference.ReferenceData;
import nl.netwerkplaats.network.api.Accounts;
import nl.netwerkplaats.network.api.Groups;
import nl.netwerkplaats.network.api.Organisations;
import nl.netwerkplaats.network.api.ThemeCatalog;

@Stateless
public class GatheringService implements Gatherings {

    @PersistenceContext(unitName = "events")
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private Accounts accounts;

    @Inject
    private ThemeCatalog themes;

    @Inject
    private Organisations organisations;

    @Inject
    private Groups groups;

    @Inject
    private RegistrantMail mail;

    @Inject
    private EndedGatherings ended;

    private final Clock clock = Clock.systemUTC();

    @Override
    public GatheringView create(long actorId, GatheringDraft draft) {
        if (accounts.findById(actorId).isEmpty()) {
            throw new InvalidInputException("actorId", Problem.UNKNOWN_ACCOUNT);
        }
        check(draft);
        Gathering gathering = new Gathering(actorId, draft, now());
        em.persist(gathering);
        em.flush();
        return view(gathering);
    }

    @Override
    public GatheringView update(long actorId, long gatheringId, GatheringDraft draft) {
        Gathering gathering = Seats.lock(em, gatheringId);
        access.requireOrganiser(actorId, gathering);
        if (gathering.getStatus() != GatheringStatus.CONCEPT && gathering.getStatus() != GatheringStatus.GEPUBLICEERD) {
            throw new GatheringStatusException(gathering.getStatus());
        }
        check(draft);
        gathering.apply(draft);
        for (Registration promoted : Seats.promote(em, gathering)) {
            mail.send("promoted", promoted, gathering, null);
        }
        return view(gathering);
    }

    @Override
    public GatheringView publish(long actorId, long gatheringId) {
        Gathering gathering = Seats.lock(em, gatheringId);
        access.requireOrganiser(actorId, gathering);
        gathering.publish();
        return view(gathering);
    }

    @Override
    public GatheringView cancel(long actorId, long gatheringId, String reason) {
        Gathering gathering = Seats.lock(em, gatheringId);
        access.requireOrganiser(actorId, gathering);
        if (reason != null && reason.length() > 1000) {
            throw new InvalidInputException("reason", Problem.TOO_LONG, 1000);
        }
        gathering.cancel(reason);
        for (Registration r : live(gatheringId)) {
            mail.send("gathering-cancelled", r, gathering, gathering.getCancelReason());
        }
        return view(gathering);
    }

    @Override
    public GatheringView finish(long actorId, long gatheringId) {
        Gathering gathering = Seats.lock(em, gatheringId);
        access.requireOrganiser(actorId, gathering);
        gathering.finish(now());
        ended.record(gathering);
        return view(gathering);
    }

    @Override
    public GatheringView markReportPublished(long actorId, long gatheringId) {
        Gathering gathering = Seats.lock(em, gatheringId);
        access.requireOrganiser(actorId, gathering);
        gathering.reportPublished();
        return view(gathering);
    }

    @Override
    public GatheringView nextEdition(long actorId, long gatheringId) {
        Gathering previous = em.find(Gathering.class, gatheringId);
        if (previous == null) {
            throw new UnknownGatheringException(gatheringId);
        }
        access.requireOrganiser(actorId, previous);
        GatheringDraft d = view(previous).toDraft();
        GatheringDraft next = new GatheringDraft(d.title(), d.kind(), d.goals(), d.description(),
                d.startsAt().plusYears(1), d.endsAt().plusYears(1), d.venueName(), d.venueAddress(),
                d.municipalityCode(), d.onlineUrl(), d.organisationIds(), d.contributors(), d.themeIds(),
                d.capacity(), d.registrationDeadline() == null ? null : d.registrationDeadline().plusYears(1),
                d.audience(), d.audienceGroupId(), d.approvalRequired());
        Gathering copy = new Gathering(actorId, next, now());
        previous.getOrganiserIds().forEach(copy::addOrganiser);
        copy.markAsNextEditionOf(previous.getId());
        em.persist(copy);
        em.flush();
        return view(copy);
    }

    @Override
    public void addOrganiser(long actorId, long gatheringId, long accountId) {
        Gathering gathering = Seats.lock(em, gatheringId);
        access.requireOrganiser(actorId, gathering);
        if (accounts.findById(accountId).isEmpty()) {
            throw new InvalidInputException("accountId", Problem.UNKNOWN_ACCOUNT);
        }
        gathering.addOrganiser(accountId);
    }

    @Override
    public void removeOrganiser(long actorId, long gatheringId, long accountId) {
        Gathering gathering = Seats.lock(em, gatheringId);
        access.requireOrganiser(actorId, gathering);
        gathering.removeOrganiser(accountId);
    }

    @Override
    public boolean mayOrganise(long actorId, long gatheringId) {
        Gathering gathering = em.find(Gathering.class, gatheringId);
        return gathering != null && access.mayOrganise(actorId, gathering);
    }

    @Override
    public List<GatheringSummary> organisedBy(long actorId) {
        List<Gathering> found = access.isCoordinator(actorId)
                ? em.createQuery("select g from Gathering g order by g.startsAt desc", Gathering.class)
                        .setMaxResults(500).getResultList()
                : em.createQuery("select distinct g from Gathering g join g.organiserIds o where o = :me"
                        + " order by g.startsAt desc", Gathering.class)
                        .setParameter("me", actorId).setMaxResults(500).getResultList();
        return found.stream().map(g -> Views.summary(g, Seats.count(em, g.getId(), RegistrationStatus.CONFIRMED)))
                .toList();
    }

    @Override
    public int messageRegistrants(long actorId, long gatheringId, String subject, String body) {
        Gathering gathering = em.find(Gathering.class, gatheringId);
        if (gathering == null) {
            throw new UnknownGatheringException(gatheringId);
        }
        access.requireOrganiser(actorId, gathering);
        required("subject", subject, 200);
        required("body", body, MAX_TEXT);
        int sent = 0;
        for (Registration r : em.createQuery("select r from Registration r where r.gatheringId = :g"
                        + " and r.status in :statuses order by r.lineNumber", Registration.class)
                .setParameter("g", gatheringId)
                .setParameter("statuses", List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING))
                .getResultList()) {
            if (mail.sendOrganiserMessage(r, gathering, subject.strip(), body.strip())) {
                sent++;
            }
        }
        return sent;
    }

    private List<Registration> live(long gatheringId) {
        return em.createQuery("select r from Registration r where r.gatheringId = :g and r.status in :statuses",
                        Registration.class)
                .setParameter("g", gatheringId)
                .setParameter("statuses", List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING,
                        RegistrationStatus.AWAITING_APPROVAL))
                .getResultList();
    }

    /** Every rule of the form; the first broken one is reported with its field. */
    private void check(GatheringDraft d) {
        required("title", d.title(), MAX_TITLE);
        if (d.kind() == null) {
            throw new InvalidInputException("kind", Problem.REQUIRED);
        }
        if (d.goals().size() > MAX_GOALS) {
            throw new InvalidInputException("goals", Problem.TOO_MANY, MAX_GOALS);
        }
        for (String goal : d.goals()) {
            optional("goals", goal, 500);
        }
        optional("description", d.description(), MAX_TEXT);
        if (d.startsAt() == null) {
            throw new InvalidInputException("startsAt", Problem.REQUIRED);
        }
        if (d.endsAt() == null) {
            throw new InvalidInputException("endsAt", Problem.REQUIRED);
        }
        if (d.endsAt().isBefore(d.startsAt())) {
            throw new InvalidInputException("endsAt", Problem.ENDS_BEFORE_START);
        }
        optional("venueName", d.venueName(), 200);
        optional("venueAddress", d.venueAddress(), 300);
        optional("onlineUrl", d.onlineUrl(), 500);
        if (blank(d.venueName()) && blank(d.onlineUrl())) {
            throw new InvalidInputException("venueName", Problem.PLACE_REQUIRED);
        }
        if (!blank(d.municipalityCode()) && ReferenceData.get().municipality(d.municipalityCode()).isEmpty()) {
            throw new InvalidInputException("municipalityCode", Problem.UNKNOWN_MUNICIPALITY);
        }
        if (!blank(d.onlineUrl()) && !isWebAddress(d.onlineUrl().strip())) {
            throw new InvalidInputException("onlineUrl", Problem.INVALID_URL);
        }
        if (d.capacity() != null && d.capacity() <= 0) {
            throw new InvalidInputException("capacity", Problem.NOT_POSITIVE);
        }
        if (d.registrationDeadline() != null && d.registrationDeadline().isAfter(d.startsAt())) {
            throw new InvalidInputException("registrationDeadline", Problem.DEADLINE_AFTER_START);
        }
        if (d.audience() == Audience.GROUP
                && (d.audienceGroupId() == null || groups.find(d.audienceGroupId()).isEmpty())) {
            throw new InvalidInputException("audienceGroupId", Problem.UNKNOWN_GROUP);
        }
        for (Long themeId : d.themeIds()) {
            if (themeId == null || themes.find(themeId).isEmpty()) {
                throw new InvalidInputException("themeIds", Problem.UNKNOWN_THEME);
            }
        }
        for (Long organisationId : d.organisationIds()) {
            if (organisationId == null || organisations.find(organisationId).isEmpty()) {
                throw new InvalidInputException("organisationIds", Problem.UNKNOWN_ORGANISATION);
            }
        }
        for (Contributor c : d.contributors()) {
            if (c.kind() == null) {
                throw new InvalidInputException("contributors", Problem.REQUIRED);
            }
            if (c.accountId() != null) {
                if (accounts.findById(c.accountId()).isEmpty()) {
                    throw new InvalidInputException("contributors", Problem.UNKNOWN_ACCOUNT);
                }
            } else {
                required("contributors", c.name(), 200);
            }
        }
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static void required(String field, String value, int max) {
        if (blank(value)) {
            throw new InvalidInputException(field, Problem.REQUIRED);
        }
        optional(field, value, max);
    }

    static void optional(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            throw new InvalidInputException(field, Problem.TOO_LONG, max);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private GatheringView view(Gathering g) {
        return Views.gathering(g, Seats.count(em, g.getId(), RegistrationStatus.CONFIRMED),
                Seats.count(em, g.getId(), RegistrationStatus.WAITING), accounts);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
