package nl.netwerkplaats.network.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import nl.netwerkplaats.network.api.Audience;
import nl.netwerkplaats.network.api.AuditLog;
import nl.netwerkplaats.network.api.GroupActionNotAllowedException;
import nl.netwerkplaats.network.api.GroupDraft;
import nl.netwerkplaats.network.api.GroupMemberView;
import nl.netwerkplaats.network.api.GroupStanding;
import nl.netwerkplaats.network.api.GroupSummary;
import nl.netwerkplaats.network.api.GroupView;
import nl.netwerkplaats.network.api.Groups;
import nl.netwerkplaats.network.api.ProfileField;
import nl.netwerkplaats.network.api.UnknownGroupException;
import nl.netwerkplaats.network.domain.Account;
import nl.netwerkplaats.network.domain.GroupMembership;
import nl.netwerkplaats.network.domain.NetworkGroup;
import nl.netwerkplaats.network.domain.Theme;

@Stateless
public class GroupService implements Groups {

    /** End dates are days in the Netherlands: a group ending today runs until midnight here, not in UTC. */
    static final ZoneId NETWORK_ZONE = ZoneId.of("Europe/Amsterdam");

    private static final Comparator<GroupMemberView> OWNERS_FIRST_THEN_BY_NAME = Comparator
            .comparing((GroupMemberView m) -> !m.owner())
            .thenComparing(m -> m.named() ? m.displayName().toLowerCase(Locale.ROOT) : null,
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(GroupMemberView::accountId);

    @PersistenceContext(unitName = "network")
    private EntityManager em;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    @Override
    public GroupView start(long actorId, GroupDraft draft) {
        actor(actorId);
        NetworkGroup group = new NetworkGroup(draft, themeOf(draft), actorId, today(), now());
        em.persist(group);
        em.flush();
        return view(group);
    }

    @Override
    public GroupView change(long actorId, long groupId, GroupDraft draft) {
        NetworkGroup group = loadForUpdate(groupId);
        boolean asCoordinator = requireManager(actorId, group);
        group.revise(draft, themeOf(draft), today());
        auditIf(asCoordinator, actorId, "group.changed", group, null);
        return view(group);
    }

    @Override
    public void close(long actorId, long groupId) {
        NetworkGroup group = loadForUpdate(groupId);
        boolean asCoordinator = requireManager(actorId, group);
        group.close(now());
        auditIf(asCoordinator, actorId, "group.closed", group, null);
    }

    @Override
    public Optional<GroupView> find(long groupId) {
        return Optional.ofNullable(em.find(NetworkGroup.class, groupId)).map(this::view);
    }

    @Override
    public List<GroupSummary> list(Long themeId, int first, int max) {
        TypedQuery<NetworkGroup> query = em.createQuery("select g from NetworkGroup g where g.closedAt is null"
                + (themeId == null ? "" : " and g.themeId = :theme")
                + " order by g.createdAt desc, g.id desc", NetworkGroup.class);
        if (themeId != null) {
            query.setParameter("theme", themeId);
        }
        return summaries(query.setFirstResult(first).setMaxResults(max).getResultList());
    }

    @Override
    public long count(Long themeId) {
        TypedQuery<Long> query = em.createQuery("select count(g) from NetworkGroup g where g.closedAt is null"
                + (themeId == null ? "" : " and g.themeId = :theme"), Long.class);
        if (themeId != null) {
            query.setParameter("theme", themeId);
        }
        return query.getSingleResult();
    }

    @Override
    public List<GroupSummary> groupsOf(long accountId) {
        return summaries(em.createQuery("select m.group from GroupMembership m where m.accountId = :account"
                        + " order by m.group.createdAt desc, m.group.id desc", NetworkGroup.class)
                .setParameter("account", accountId)
                .getResultList());
    }

    @Override
    public List<GroupMemberView> members(long viewerId, long groupId) {
        Account viewer = actor(viewerId);
        NetworkGroup group = load(groupId);
        boolean insider = group.standingOf(viewerId) == GroupStanding.MEMBER || group.isOwner(viewerId)
                || coordinates(viewer);
        return people(groupId, Set.of(GroupStanding.MEMBER, GroupStanding.OWNER), insider);
    }

    @Override
    public List<GroupMemberView> pendingRequests(long actorId, long groupId) {
        requireManager(actorId, load(groupId));
        return people(groupId, Set.of(GroupStanding.PENDING), true);
    }

    @Override
    public GroupStanding standing(long accountId, long groupId) {
        return load(groupId).standingOf(accountId);
    }

    @Override
    public boolean mayManage(long accountId, long groupId) {
        NetworkGroup group = em.find(NetworkGroup.class, groupId);
        return group != null && (group.isOwner(accountId) || coordinates(em.find(Account.class, accountId)));
    }

    @Override
    public GroupStanding join(long actorId, long groupId) {
        actor(actorId);
        return loadForUpdate(groupId).join(actorId, today(), now());
    }

    @Override
    public void leave(long actorId, long groupId) {
        loadForUpdate(groupId).leave(actorId);
    }

    @Override
    public void approve(long actorId, long groupId, long accountId) {
        NetworkGroup group = loadForUpdate(groupId);
        boolean asCoordinator = requireManager(actorId, group);
        group.approve(accountId, today(), now());
        auditIf(asCoordinator, actorId, "group.request-approved", group, accountId);
    }

    @Override
    public void refuse(long actorId, long groupId, long accountId) {
        NetworkGroup group = loadForUpdate(groupId);
        boolean asCoordinator = requireManager(actorId, group);
        group.refuse(accountId);
        auditIf(asCoordinator, actorId, "group.request-refused", group, accountId);
    }

    @Override
    public void removeMember(long actorId, long groupId, long accountId) {
        NetworkGroup group = loadForUpdate(groupId);
        boolean asCoordinator = requireManager(actorId, group);
        group.remove(accountId);
        auditIf(asCoordinator, actorId, "group.member-removed", group, accountId);
    }

    @Override
    public void makeOwner(long actorId, long groupId, long accountId) {
        NetworkGroup group = loadForUpdate(groupId);
        boolean asCoordinator = requireManager(actorId, group);
        group.makeOwner(accountId);
        auditIf(asCoordinator, actorId, "group.owner-made", group, accountId);
    }

    @Override
    public void linkGathering(long actorId, long groupId, long gatheringId) {
        NetworkGroup group = loadForUpdate(groupId);
        requireManager(actorId, group);
        group.linkGathering(gatheringId);
    }

    @Override
    public void unlinkGathering(long actorId, long groupId, long gatheringId) {
        NetworkGroup group = loadForUpdate(groupId);
        requireManager(actorId, group);
        group.unlinkGathering(gatheringId);
    }

    @Override
    public void linkKnowledgeItem(long actorId, long groupId, long knowledgeItemId) {
        NetworkGroup group = loadForUpdate(groupId);
        requireManager(actorId, group);
        group.linkKnowledgeItem(knowledgeItemId);
    }

    @Override
    public void unlinkKnowledgeItem(long actorId, long groupId, long knowledgeItemId) {
        NetworkGroup group = loadForUpdate(groupId);
        requireManager(actorId, group);
        group.unlinkKnowledgeItem(knowledgeItemId);
    }

    private Account actor(long actorId) {
        Account actor = em.find(Account.class, actorId);
        if (actor == null) {
            throw new GroupActionNotAllowedException(actorId);
        }
        return actor;
    }

    /**
     * Owners manage their group; coordinators and administrators manage every group.
     *
     * @return true when the actor acts as coordinator on a group they do not own, which the audit log records
     */
    private boolean requireManager(long actorId, NetworkGroup group) {
        if (group.isOwner(actorId)) {
            return false;
        }
        if (coordinates(em.find(Account.class, actorId))) {
            return true;
        }
        throw new GroupActionNotAllowedException(actorId, group.getId());
    }

    private static boolean coordinates(Account account) {
        return account != null && account.actsAsCoordinator();
    }

    private void auditIf(boolean asCoordinator, long actorId, String action, NetworkGroup group, Long accountId) {
        if (asCoordinator) {
            audit.record(actorId, action, "group", group.getId(), accountId == null ? null : "account " + accountId);
        }
    }

    private Theme themeOf(GroupDraft draft) {
        return draft.themeId() == null ? null : em.find(Theme.class, draft.themeId());
    }

    private NetworkGroup load(long groupId) {
        NetworkGroup group = em.find(NetworkGroup.class, groupId);
        if (group == null) {
            throw new UnknownGroupException(groupId);
        }
        return group;
    }

    /** Changes to memberships take turns per group, so two owners leaving at once cannot leave it ownerless. */
    private NetworkGroup loadForUpdate(long groupId) {
        NetworkGroup group = em.find(NetworkGroup.class, groupId, LockModeType.PESSIMISTIC_WRITE);
        if (group == null) {
            throw new UnknownGroupException(groupId);
        }
        return group;
    }

    /**
     * Members of a group see each other's names (joining says so); managers see everyone they decide on. Anyone
     * else signed in sees only the names their owners opened to members, the others as an unnamed member.
     */
    private List<GroupMemberView> people(long groupId, Set<GroupStanding> standings, boolean allNames) {
        List<Object[]> rows = em.createQuery("select m, a from GroupMembership m, Account a"
                        + " where m.group.id = :group and a.id = m.accountId and m.standing in :standings",
                        Object[].class)
                .setParameter("group", groupId)
                .setParameter("standings", standings)
                .getResultList();
        return rows.stream()
                .map(row -> {
                    GroupMembership m = (GroupMembership) row[0];
                    Account a = (Account) row[1];
                    Instant since = m.isPending() ? m.getRequestedAt() : m.getJoinedAt();
                    String name = allNames || a.shows(ProfileField.NAME, Audience.MEMBERS) ? a.getDisplayName() : null;
                    return new GroupMemberView(m.getAccountId(), name, m.getStanding(), since);
                })
                .sorted(OWNERS_FIRST_THEN_BY_NAME)
                .toList();
    }

    private List<GroupSummary> summaries(List<NetworkGroup> groups) {
        Map<Long, Long> counts = memberCounts(groups.stream().map(NetworkGroup::getId).toList());
        LocalDate today = today();
        return groups.stream()
                .map(g -> new GroupSummary(g.getId(), g.getName(), g.getThemeId(), g.getQuestion(), g.getEndDate(),
                        g.getAdmission(), g.status(today), counts.getOrDefault(g.getId(), 0L)))
                .toList();
    }

    private Map<Long, Long> memberCounts(List<Long> groupIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (groupIds.isEmpty()) {
            return counts;
        }
        em.createQuery("select m.group.id, count(m) from GroupMembership m"
                        + " where m.group.id in :ids and m.standing <> :pending group by m.group.id", Object[].class)
                .setParameter("ids", groupIds)
                .setParameter("pending", GroupStanding.PENDING)
                .getResultList()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    private GroupView view(NetworkGroup g) {
        return new GroupView(g.getId(), g.getName(), g.getThemeId(), g.getQuestion(), g.getGoal(), g.getEndDate(),
                g.getAdmission(), g.status(today()), g.memberCount(), g.getCreatedAt(), g.getGatheringIds(),
                g.getKnowledgeItemIds());
    }

    private Instant now() {
        return clock.instant();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(NETWORK_ZONE));
    }
}
