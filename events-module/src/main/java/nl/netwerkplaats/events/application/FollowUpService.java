package nl.netwerkplaats.events.application;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import nl.netwerkplaats.events.api.Audience;
import nl.netwerkplaats.events.api.FollowUpView;
import nl.netwerkplaats.events.api.FollowUps;
import nl.netwerkplaats.events.api.GatheringDraft;
import nl.netwerkplaats.events.api.GatheringKind;
import nl.netwerkplaats.events.api.GatheringView;
import nl.netwerkplaats.events.api.Gatherings;
import nl.netwerkplaats.events.api.InvalidInputException;
import nl.netwerkplaats.events.api.InvalidInputException.Problem;
import nl.netwerkplaats.events.api.UnknownGatheringException;
import nl.netwerkplaats.events.domain.FollowUp;
import nl.netwerkplaats.events.domain.FollowUpSignup;
import nl.netwerkplaats.events.domain.Gathering;
import nl.netwerkplaats.network.api.GroupAdmission;
import nl.netwerkplaats.network.api.GroupDraft;
import nl.netwerkplaats.network.api.Groups;

@Stateless
public class FollowUpService implements FollowUps {

    @PersistenceContext(unitName = "events")
    private EntityManager em;

    @Inject
    private Access access;

    @Inject
    private Gatherings gatherings;

    @Inject
    private Groups groups;

    @Inject
    private nl.netwerkplaats.network.api.Accounts accounts;

    @Override
    public FollowUpView plan(long actorId, long gatheringId, OffsetDateTime startsAt, String place, String purpose) {
        access.requireOrganiser(actorId, gathering(gatheringId));
        if (startsAt == null) {
            throw new InvalidInputException("startsAt", Problem.REQUIRED);
        }
        String clean = Checks.required("purpose", purpose, MAX_PURPOSE);
        Checks.max("place", place, MAX_PLACE);
        FollowUp followUp = new FollowUp(gatheringId, startsAt, place, clean, actorId, now());
        em.persist(followUp);
        em.flush();
        return view(followUp, actorId);
    }

    @Override
    public void remove(long actorId, long followUpId) {
        FollowUp followUp = followUp(followUpId);
        access.requireOrganiser(actorId, gathering(followUp.getGatheringId()));
        em.remove(followUp);
    }

    @Override
    public List<FollowUpView> followUps(Long viewerId, long gatheringId) {
        gathering(gatheringId);
        return em.createQuery("select f from FollowUp f where f.gatheringId = :g order by f.startsAt, f.id",
                        FollowUp.class)
                .setParameter("g", gatheringId).getResultStream().map(f -> view(f, viewerId)).toList();
    }

    @Override
    public FollowUpView join(long accountId, long followUpId) {
        FollowUp followUp = followUp(followUpId);
        if (accounts.findById(accountId).isEmpty()) {
            throw new InvalidInputException("accountId", Problem.UNKNOWN_ACCOUNT);
        }
        if (em.find(FollowUpSignup.class, new FollowUpSignup.Key(followUpId, accountId)) == null) {
            em.persist(new FollowUpSignup(followUpId, accountId, now()));
            em.flush();
        }
        return view(followUp, accountId);
    }

    @Override
    public FollowUpView leave(long accountId, long followUpId) {
        FollowUp followUp = followUp(followUpId);
        FollowUpSignup signup = em.find(FollowUpSignup.class, new FollowUpSignup.Key(followUpId, accountId));
        if (signup != null) {
            em.remove(signup);
            em.flush();
        }
        return view(followUp, accountId);
    }

    @Override
    public GatheringView makeGathering(long actorId, long followUpId) {
        FollowUp followUp = followUp(followUpId);
        Gathering original = gathering(followUp.getGatheringId());
        access.requireOrganiser(actorId, original);
        String title = shorten(followUp.getPurpose(), 200);
        String venue = followUp.getPlace() != null ? followUp.getPlace() : original.getVenueName();
        GatheringView created = gatherings.create(actorId, new GatheringDraft(title, GatheringKind.ONTMOETING,
                List.of(shorten(followUp.getPurpose(), 500)),
                "Vervolg op " + original.getTitle() + ".", followUp.getStartsAt(), followUp.getStartsAt().plusHours(2),
                venue, null, original.getMunicipalityCode(), venue == null ? original.getOnlineUrl() : null,
                List.copyOf(original.getOrganisationIds()), List.of(), List.copyOf(original.getThemeIds()), null, null,
                Audience.EVERYONE, null, false));
        followUp.grewIntoGathering(created.id());
        return created;
    }

    @Override
    public long makeGroup(long actorId, long followUpId) {
        FollowUp followUp = followUp(followUpId);
        Gathering original = gathering(followUp.getGatheringId());
        access.requireOrganiser(actorId, original);
        Long theme = original.getThemeIds().stream().findFirst().orElse(null);
        long groupId = groups.start(actorId, new GroupDraft(shorten(followUp.getPurpose(), Groups.MAX_NAME_LENGTH),
                theme, shorten(followUp.getPurpose(), Groups.MAX_QUESTION_LENGTH),
                shorten(followUp.getPurpose() + " (vervolg op " + original.getTitle() + ")", Groups.MAX_GOAL_LENGTH),
                null, GroupAdmission.OPEN)).id();
        followUp.grewIntoGroup(groupId);
        return groupId;
    }

    private FollowUpView view(FollowUp f, Long viewerId) {
        List<Long> joined = em.createQuery("select s.accountId from FollowUpSignup s where s.followUpId = :f"
                + " order by s.signedUpAt", Long.class).setParameter("f", f.getId()).getResultList();
        List<String> names = viewerId == null ? List.of() : joined.stream()
                .map(a -> accounts.findById(a).map(v -> v.displayName()).orElse(null))
                .filter(java.util.Objects::nonNull).toList();
        return new FollowUpView(f.getId(), f.getGatheringId(), f.getStartsAt(), f.getPlace(), f.getPurpose(),
                joined.size(), names, viewerId != null && joined.contains(viewerId), f.getNextGatheringId(),
                f.getGroupId());
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).strip() + "…";
    }

    private FollowUp followUp(long id) {
        FollowUp f = em.find(FollowUp.class, id);
        if (f == null) {
            throw new InvalidInputException("followUpId", Problem.UNKNOWN_ITEM);
        }
        return f;
    }

    private Gathering gathering(long gatheringId) {
        Gathering gathering = em.find(Gathering.class, gatheringId);
        if (gathering == null) {
            throw new UnknownGatheringException(gatheringId);
        }
        return gathering;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
