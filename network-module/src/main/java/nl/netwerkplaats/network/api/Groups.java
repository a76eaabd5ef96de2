package nl.netwerkplaats.network.api;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Groups ("zwermen"): any member starts one around a theme or a question, with a goal and perhaps an end date;
 * others join and leave, at once or after an owner approves. Every change takes the acting account and checks
 * itself whether that person may make it: the owners of a group, and coordinators and administrators for any
 * group. What coordinators do to a group they do not own is written to the {@link AuditLog}.
 */
public interface Groups {

    int MAX_NAME_LENGTH = 120;
    int MAX_QUESTION_LENGTH = 500;
    int MAX_GOAL_LENGTH = 2000;

    /**
     * Starts a group with the actor as its owner.
     *
     * @throws InvalidGroupDraftException     when the draft breaks a rule; the problem names the field
     * @throws GroupActionNotAllowedException when the actor has no account
     */
    GroupView start(long actorId, @NotNull @Valid GroupDraft draft);

    /**
     * Changes what the group is about and how it admits members.
     *
     * @throws GroupActionNotAllowedException unless the actor owns the group or coordinates
     * @throws GroupNotActiveException        when the group was closed
     * @throws InvalidGroupDraftException     when the draft breaks a rule
     */
    GroupView change(long actorId, long groupId, @NotNull @Valid GroupDraft draft);

    /** Ends the group now: it stays readable, but nobody joins it any more. */
    void close(long actorId, long groupId);

    Optional<GroupView> find(long groupId);

    /**
     * Groups that are not closed, the newest first; ended ones are included and say so.
     *
     * @param themeId a theme to filter on, or null for all
     */
    List<GroupSummary> list(Long themeId, @PositiveOrZero int first, @Positive int max);

    long count(Long themeId);

    /** The groups a person belongs to or waits for, the newest first. */
    List<GroupSummary> groupsOf(long accountId);

    /**
     * The members, owners first. Names are personal data: only a signed-in person (an existing account) reads
     * them. The group's own members and its managers see every name (joining a group says so); anyone else sees
     * only the names opened to members in the profile, and an unnamed member ({@code displayName} null) otherwise.
     *
     * @throws GroupActionNotAllowedException when the viewer has no account
     */
    List<GroupMemberView> members(long viewerId, long groupId);

    /** Who waits for approval. @throws GroupActionNotAllowedException unless the actor owns or coordinates */
    List<GroupMemberView> pendingRequests(long actorId, long groupId);

    GroupStanding standing(long accountId, long groupId);

    /** True when the person owns the group or coordinates the network, so may manage it. */
    boolean mayManage(long accountId, long groupId);

    /**
     * Joins an open group at once, or asks to join a group on approval. Joining twice changes nothing.
     *
     * @return where the actor stands now: MEMBER, or PENDING on approval (or OWNER when they already were)
     * @throws GroupNotActiveException when the group has ended or was closed
     */
    GroupStanding join(long actorId, long groupId);

    /**
     * Leaves the group, or withdraws a request that waits.
     *
     * @throws SoleOwnerCannotLeaveException when the actor is the only owner
     * @throws GroupMemberNotFoundException  when the actor is not in the group
     */
    void leave(long actorId, long groupId);

    /** @throws GroupMemberNotFoundException when the account has no request waiting */
    void approve(long actorId, long groupId, long accountId);

    /** @throws GroupMemberNotFoundException when the account has no request waiting */
    void refuse(long actorId, long groupId, long accountId);

    /**
     * Removes a member (the owners' and coordinators' way; members themselves {@link #leave}).
     *
     * @throws SoleOwnerCannotLeaveException when that member is the only owner
     */
    void removeMember(long actorId, long groupId, long accountId);

    /** Makes a member a co-owner, so that the group can go on without the present owner. */
    void makeOwner(long actorId, long groupId, long accountId);

    /** Links a gathering of the events module to the group; linking twice changes nothing. */
    void linkGathering(long actorId, long groupId, @Positive long gatheringId);

    void unlinkGathering(long actorId, long groupId, long gatheringId);

    /** Links a knowledge item of the knowledge module to the group; linking twice changes nothing. */
    void linkKnowledgeItem(long actorId, long groupId, @Positive long knowledgeItemId);

    void unlinkKnowledgeItem(long actorId, long groupId, long knowledgeItemId);
}
