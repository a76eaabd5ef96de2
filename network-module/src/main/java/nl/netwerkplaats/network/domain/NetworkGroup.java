package nl.netwerkplaats.network.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.netwerkplaats.network.api.GroupAdmission;
import nl.netwerkplaats.network.api.GroupDraft;
import nl.netwerkplaats.network.api.GroupMemberNotFoundException;
import nl.netwerkplaats.network.api.GroupNotActiveException;
import nl.netwerkplaats.network.api.GroupStanding;
import nl.netwerkplaats.network.api.GroupStatus;
import nl.netwerkplaats.network.api.SoleOwnerCannotLeaveException;

/**
 * A group ("zwerm") of members around a theme or a question, and the rules of joining and leaving it. The table
 * is called network_group because GROUP is a reserved word. Not cached, for the same reason as its memberships.
 */
@Entity
@Cacheable(false)
@Table(name = "network_group", schema = "network")
public class NetworkGroup {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "theme_id")
    private Long themeId;

    private String question;

    @Column(nullable = false)
    private String goal;

    @Column(name = "end_date")
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GroupAdmission admission;

    /** Who started the group; null once their account is erased. */
    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @OneToMany(mappedBy = "group", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<GroupMembership> memberships = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "group_gathering", schema = "network", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "gathering_id", nullable = false)
    private Set<Long> gatheringIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "group_knowledge_item", schema = "network", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "knowledge_item_id", nullable = false)
    private Set<Long> knowledgeItemIds = new HashSet<>();

    @Version
    private int version;

    protected NetworkGroup() {
    }

    /**
     * Starts a group; the one who starts it is its first owner.
     *
     * @param theme the theme the draft names, or null when it names none or an unknown one
     */
    public NetworkGroup(GroupDraft draft, Theme theme, long creatorId, LocalDate today, Instant now) {
        GroupDraftRules.check(draft, theme, today, null, null);
        apply(draft);
        this.createdBy = creatorId;
        this.createdAt = now.atOffset(ZoneOffset.UTC);
        memberships.add(new GroupMembership(this, creatorId, GroupStanding.OWNER, now));
    }

    public void revise(GroupDraft draft, Theme theme, LocalDate today) {
        if (closedAt != null) {
            throw new GroupNotActiveException(idOrZero(), GroupStatus.CLOSED);
        }
        GroupDraftRules.check(draft, theme, today, themeId, endDate);
        apply(draft);
    }

    private void apply(GroupDraft draft) {
        this.name = draft.name();
        this.themeId = draft.themeId();
        this.question = draft.question();
        this.goal = draft.goal();
        this.endDate = draft.endDate();
        this.admission = draft.admission();
    }

    /** A group runs through its end date and has ended the day after. */
    public GroupStatus status(LocalDate today) {
        if (closedAt != null) {
            return GroupStatus.CLOSED;
        }
        return endDate != null && endDate.isBefore(today) ? GroupStatus.ENDED : GroupStatus.ACTIVE;
    }

    /** Closing twice keeps the first moment. */
    public void close(Instant now) {
        if (closedAt == null) {
            closedAt = now.atOffset(ZoneOffset.UTC);
        }
    }

    /**
     * @return MEMBER for an open group, PENDING for one on approval; an existing standing stays as it is
     * @throws GroupNotActiveException when the group has ended or was closed
     */
    public GroupStanding join(long accountId, LocalDate today, Instant now) {
        Optional<GroupMembership> existing = membershipOf(accountId);
        if (existing.isPresent()) {
            return existing.get().getStanding();
        }
        requireActive(today);
        GroupStanding standing = admission == GroupAdmission.OPEN ? GroupStanding.MEMBER : GroupStanding.PENDING;
        memberships.add(new GroupMembership(this, accountId, standing, now));
        return standing;
    }

    /** Leaves the group or withdraws a waiting request. */
    public void leave(long accountId) {
        GroupMembership membership = membershipOf(accountId)
                .orElseThrow(() -> new GroupMemberNotFoundException(idOrZero(), accountId));
        requireAnotherOwner(membership);
        memberships.remove(membership);
    }

    public void approve(long accountId, LocalDate today, Instant now) {
        requireActive(today);
        pendingRequestOf(accountId).admit(now);
    }

    public void refuse(long accountId) {
        memberships.remove(pendingRequestOf(accountId));
    }

    /** Removes a member; the only owner cannot be removed, as nobody would run the group. */
    public void remove(long accountId) {
        GroupMembership membership = membershipOf(accountId)
                .filter(m -> !m.isPending())
                .orElseThrow(() -> new GroupMemberNotFoundException(idOrZero(), accountId));
        requireAnotherOwner(membership);
        memberships.remove(membership);
    }

    public void makeOwner(long accountId) {
        membershipOf(accountId).filter(m -> !m.isPending())
                .orElseThrow(() -> new GroupMemberNotFoundException(idOrZero(), accountId))
                .promote();
    }

    public GroupStanding standingOf(long accountId) {
        return membershipOf(accountId).map(GroupMembership::getStanding).orElse(GroupStanding.NONE);
    }

    public boolean isOwner(long accountId) {
        return standingOf(accountId) == GroupStanding.OWNER;
    }

    public long memberCount() {
        return memberships.stream().filter(m -> !m.isPending()).count();
    }

    /** @return whether the link is new */
    public boolean linkGathering(long gatheringId) {
        return gatheringIds.add(gatheringId);
    }

    public boolean unlinkGathering(long gatheringId) {
        return gatheringIds.remove(gatheringId);
    }

    public boolean linkKnowledgeItem(long knowledgeItemId) {
        return knowledgeItemIds.add(knowledgeItemId);
    }

    public boolean unlinkKnowledgeItem(long knowledgeItemId) {
        return knowledgeItemIds.remove(knowledgeItemId);
    }

    private void requireActive(LocalDate today) {
        GroupStatus status = status(today);
        if (status != GroupStatus.ACTIVE) {
            throw new GroupNotActiveException(idOrZero(), status);
        }
    }

    private void requireAnotherOwner(GroupMembership leaving) {
        if (leaving.getStanding() == GroupStanding.OWNER
                && memberships.stream().filter(m -> m.getStanding() == GroupStanding.OWNER).count() == 1) {
            throw new SoleOwnerCannotLeaveException(idOrZero(), leaving.getAccountId());
        }
    }

    private GroupMembership pendingRequestOf(long accountId) {
        return membershipOf(accountId).filter(GroupMembership::isPending)
                .orElseThrow(() -> new GroupMemberNotFoundException(idOrZero(), accountId));
    }

    private Optional<GroupMembership> membershipOf(long accountId) {
        return memberships.stream().filter(m -> m.getAccountId() == accountId).findFirst();
    }

    private long idOrZero() {
        return id == null ? 0 : id;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getThemeId() {
        return themeId;
    }

    public String getQuestion() {
        return question;
    }

    public String getGoal() {
        return goal;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public GroupAdmission getAdmission() {
        return admission;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt.toInstant();
    }

    public Instant getClosedAt() {
        return closedAt == null ? null : closedAt.toInstant();
    }

    public List<GroupMembership> getMemberships() {
        return Collections.unmodifiableList(memberships);
    }

    public List<Long> getGatheringIds() {
        return gatheringIds.stream().sorted().toList();
    }

    public List<Long> getKnowledgeItemIds() {
        return knowledgeItemIds.stream().sorted().toList();
    }
}
