package nl.netwerkplaats.network.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.netwerkplaats.network.api.GroupAdmission;
import nl.netwerkplaats.network.api.GroupDraft;
import nl.netwerkplaats.network.api.GroupDraftProblem;
import nl.netwerkplaats.network.api.GroupMemberNotFoundException;
import nl.netwerkplaats.network.api.GroupNotActiveException;
import nl.netwerkplaats.network.api.GroupStanding;
import nl.netwerkplaats.network.api.GroupStatus;
import nl.netwerkplaats.network.api.InvalidGroupDraftException;
import nl.netwerkplaats.network.api.SoleOwnerCannotLeaveException;

class NetworkGroupTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    private static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");
    private static final long OWNER = 1;
    private static final long ANNA = 2;
    private static final long BRAM = 3;
    private static final long THEME_ID = 7;

    private final Theme loneliness = new Theme("Eenzaamheid", "Loneliness", "eenzaamheid");

    @Test
    void whoStartsAGroupIsItsOwnerAndOnlyMember() {
        NetworkGroup group = open();
        assertEquals(GroupStanding.OWNER, group.standingOf(OWNER));
        assertEquals(1, group.memberCount());
        assertEquals(GroupStatus.ACTIVE, group.status(TODAY));
    }

    @Test
    void joiningAnOpenGroupMakesAMemberAtOnce() {
        NetworkGroup group = open();
        assertEquals(GroupStanding.MEMBER, group.join(ANNA, TODAY, NOW));
        assertEquals(2, group.memberCount());
    }

    @Test
    void joiningAGroupOnApprovalWaitsForAnOwner() {
        NetworkGroup group = onApproval();
        assertEquals(GroupStanding.PENDING, group.join(ANNA, TODAY, NOW));
        assertEquals(1, group.memberCount(), "a waiting request is not a member");

        group.approve(ANNA, TODAY, NOW.plusSeconds(60));
        assertEquals(GroupStanding.MEMBER, group.standingOf(ANNA));
        assertEquals(2, group.memberCount());
    }

    @Test
    void refusedRequestLeavesNoTrace() {
        NetworkGroup group = onApproval();
        group.join(ANNA, TODAY, NOW);
        group.refuse(ANNA);
        assertEquals(GroupStanding.NONE, group.standingOf(ANNA));
        assertThrows(GroupMemberNotFoundException.class, () -> group.refuse(ANNA));
    }

    @Test
    void onlyAWaitingRequestCanBeApproved() {
        NetworkGroup group = onApproval();
        assertThrows(GroupMemberNotFoundException.class, () -> group.approve(ANNA, TODAY, NOW));
        assertThrows(GroupMemberNotFoundException.class, () -> group.approve(OWNER, TODAY, NOW));
    }

    @Test
    void joiningTwiceChangesNothing() {
        NetworkGroup group = open();
        group.join(ANNA, TODAY, NOW);
        assertEquals(GroupStanding.MEMBER, group.join(ANNA, TODAY, NOW));
        assertEquals(GroupStanding.OWNER, group.join(OWNER, TODAY, NOW));
        assertEquals(2, group.memberCount());
    }

    @Test
    void memberLeavesAndCanJoinAgain() {
        NetworkGroup group = open();
        group.join(ANNA, TODAY, NOW);
        group.leave(ANNA);
        assertEquals(GroupStanding.NONE, group.standingOf(ANNA));
        assertThrows(GroupMemberNotFoundException.class, () -> group.leave(ANNA));
        assertEquals(GroupStanding.MEMBER, group.join(ANNA, TODAY, NOW));
    }

    @Test
    void soleOwnerCannotLeaveNorBeRemovedUntilThereIsAnother() {
        NetworkGroup group = open();
        group.join(ANNA, TODAY, NOW);
        assertThrows(SoleOwnerCannotLeaveException.class, () -> group.leave(OWNER));
        assertThrows(SoleOwnerCannotLeaveException.class, () -> group.remove(OWNER));

        group.makeOwner(ANNA);
        group.leave(OWNER);
        assertEquals(GroupStanding.NONE, group.standingOf(OWNER));
        assertEquals(GroupStanding.OWNER, group.standingOf(ANNA));
    }

    @Test
    void waitingRequestCannotBeMadeOwnerOrRemovedAsMember() {
        NetworkGroup group = onApproval();
        group.join(ANNA, TODAY, NOW);
        assertThrows(GroupMemberNotFoundException.class, () -> group.makeOwner(ANNA));
        assertThrows(GroupMemberNotFoundException.class, () -> group.remove(ANNA));
        group.leave(ANNA); // withdrawing a request is allowed
        assertEquals(GroupStanding.NONE, group.standingOf(ANNA));
    }

    @Test
    void groupRunsThroughItsEndDateAndRefusesNewMembersAfterwards() {
        NetworkGroup group = new NetworkGroup(draft("Tot vandaag", TODAY, GroupAdmission.OPEN), loneliness, OWNER,
                TODAY, NOW);
        assertEquals(GroupStatus.ACTIVE, group.status(TODAY));
        LocalDate tomorrow = TODAY.plusDays(1);
        assertEquals(GroupStatus.ENDED, group.status(tomorrow));
        GroupNotActiveException refused = assertThrows(GroupNotActiveException.class,
                () -> group.join(ANNA, tomorrow, NOW));
        assertEquals(GroupStatus.ENDED, refused.status());
        assertEquals(1, group.memberCount());
    }

    @Test
    void closedGroupTakesNobodyAndCannotBeChanged() {
        NetworkGroup group = onApproval();
        group.join(BRAM, TODAY, NOW);
        group.close(NOW);
        assertEquals(GroupStatus.CLOSED, group.status(TODAY));
        assertThrows(GroupNotActiveException.class, () -> group.join(ANNA, TODAY, NOW));
        assertThrows(GroupNotActiveException.class, () -> group.approve(BRAM, TODAY, NOW));
        assertThrows(GroupNotActiveException.class,
                () -> group.revise(draft("Nieuw", null, GroupAdmission.OPEN), loneliness, TODAY));
    }

    @Test
    void endDateInThePastIsRefusedAtStart() {
        assertProblem(GroupDraftProblem.END_DATE_IN_PAST,
                () -> new NetworkGroup(draft("Gisteren", TODAY.minusDays(1), GroupAdmission.OPEN), loneliness, OWNER,
                        TODAY, NOW));
    }

    @Test
    void endDateThatHasPassedSinceMayStayWhenTheGroupIsChanged() {
        NetworkGroup group = new NetworkGroup(draft("Kort", TODAY, GroupAdmission.OPEN), loneliness, OWNER, TODAY, NOW);
        LocalDate later = TODAY.plusDays(5);
        assertDoesNotThrow(() -> group.revise(draft("Kort, hernoemd", TODAY, GroupAdmission.OPEN), loneliness, later));
        assertProblem(GroupDraftProblem.END_DATE_IN_PAST,
                () -> group.revise(draft("Kort", TODAY.plusDays(1), GroupAdmission.OPEN), loneliness, later));
        assertEquals("Kort, hernoemd", group.getName());
    }

    @Test
    void groupNeedsAThemeOrAQuestion() {
        GroupDraft neither = new GroupDraft("Zonder richting", null, "  ", "Samen iets doen", null, GroupAdmission.OPEN);
        assertProblem(GroupDraftProblem.THEME_OR_QUESTION_MISSING,
                () -> new NetworkGroup(neither, null, OWNER, TODAY, NOW));

        GroupDraft questionOnly = new GroupDraft("Vraaggroep", null, "Hoe bereik je stille buren?",
                "Drie werkwijzen uitproberen", null, GroupAdmission.OPEN);
        NetworkGroup group = new NetworkGroup(questionOnly, null, OWNER, TODAY, NOW);
        assertEquals("Hoe bereik je stille buren?", group.getQuestion());
    }

    @Test
    void unknownOrRetiredThemeIsRefusedForANewGroup() {
        assertProblem(GroupDraftProblem.THEME_UNKNOWN,
                () -> new NetworkGroup(draft("Onbekend", null, GroupAdmission.OPEN), null, OWNER, TODAY, NOW));
        loneliness.retire();
        assertProblem(GroupDraftProblem.THEME_RETIRED,
                () -> new NetworkGroup(draft("Uitgezet", null, GroupAdmission.OPEN), loneliness, OWNER, TODAY, NOW));
    }

    @Test
    void groupKeepsItsThemeWhenThatThemeIsRetiredLater() {
        NetworkGroup group = open();
        loneliness.retire();
        assertDoesNotThrow(() -> group.revise(draft("Nog steeds", null, GroupAdmission.ON_APPROVAL), loneliness, TODAY));
        assertEquals(GroupAdmission.ON_APPROVAL, group.getAdmission());
    }

    @Test
    void textsAreLimitedAndTrimmed() {
        assertProblem(GroupDraftProblem.NAME_TOO_LONG,
                () -> new NetworkGroup(draft("n".repeat(121), null, GroupAdmission.OPEN), loneliness, OWNER, TODAY, NOW));
        assertProblem(GroupDraftProblem.NAME_MISSING,
                () -> new NetworkGroup(draft("   ", null, GroupAdmission.OPEN), loneliness, OWNER, TODAY, NOW));
        assertProblem(GroupDraftProblem.GOAL_TOO_LONG, () -> new NetworkGroup(
                new GroupDraft("Doel", THEME_ID, null, "d".repeat(2001), null, GroupAdmission.OPEN),
                loneliness, OWNER, TODAY, NOW));
        assertProblem(GroupDraftProblem.QUESTION_TOO_LONG, () -> new NetworkGroup(
                new GroupDraft("Vraag", THEME_ID, "v".repeat(501), "Doel", null, GroupAdmission.OPEN),
                loneliness, OWNER, TODAY, NOW));
        assertProblem(GroupDraftProblem.ADMISSION_MISSING, () -> new NetworkGroup(
                new GroupDraft("Toelating", THEME_ID, null, "Doel", null, null), loneliness, OWNER, TODAY, NOW));

        NetworkGroup exact = new NetworkGroup(new GroupDraft("  " + "n".repeat(120) + "  ", THEME_ID, null,
                "d".repeat(2000), null, GroupAdmission.OPEN), loneliness, OWNER, TODAY, NOW);
        assertEquals(120, exact.getName().length());
    }

    @Test
    void linksToGatheringsAndKnowledgeItemsAreKeptOnceAndSorted() {
        NetworkGroup group = open();
        assertTrue(group.linkGathering(12));
        assertTrue(group.linkGathering(5));
        assertFalse(group.linkGathering(12));
        assertTrue(group.linkKnowledgeItem(40));
        assertEquals(List.of(5L, 12L), group.getGatheringIds());
        assertTrue(group.unlinkGathering(5));
        assertFalse(group.unlinkGathering(5));
        assertEquals(List.of(12L), group.getGatheringIds());
        assertEquals(List.of(40L), group.getKnowledgeItemIds());
    }

    private NetworkGroup open() {
        return new NetworkGroup(draft("Samen tegen eenzaamheid", null, GroupAdmission.OPEN), loneliness, OWNER, TODAY,
                NOW);
    }

    private NetworkGroup onApproval() {
        return new NetworkGroup(draft("Kleine kring", null, GroupAdmission.ON_APPROVAL), loneliness, OWNER, TODAY, NOW);
    }

    private static GroupDraft draft(String name, LocalDate endDate, GroupAdmission admission) {
        return new GroupDraft(name, THEME_ID, null, "Elkaar ontmoeten en leren wat werkt", endDate, admission);
    }

    private static void assertProblem(GroupDraftProblem expected, Runnable action) {
        InvalidGroupDraftException e = assertThrows(InvalidGroupDraftException.class, action::run);
        assertEquals(expected, e.problem());
    }
}
