package nl.netwerkplaats.knowledge.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What members do around published items: they are counted as readers (once per person per day), react, report
 * abuse, and follow themes for a weekly digest. Editors moderate reactions and reports.
 */
public interface KnowledgeCommunity {

    int MAX_REACTION = 2000;
    int MAX_REPORT = 1000;

    /**
     * Counts a view of a published item by one reader on one day; the same reader again that day is not counted.
     *
     * @param viewerKey who reads: an account ("a:42") or, for visitors, a key the web layer derives that holds no
     *                  personal data in clear
     * @return whether this view was counted
     */
    boolean recordView(long itemId, String viewerKey, LocalDate day);

    /** @throws KnowledgeInputRejectedException for an empty or too long text (field {@code text}) */
    ReactionView react(long actorId, long itemId, String text);

    /** The visible reactions of an item, oldest first. */
    List<ReactionView> reactions(long itemId);

    /**
     * Reports an item or one of its reactions (when {@code reactionId} is not null) to the editors. A second report of
     * the same thing by the same person while the first is open changes nothing.
     */
    void report(long actorId, long itemId, Long reactionId, String reason);

    /** Open reports, oldest first, for editors. */
    List<ReportView> openReports(long editorId);

    /** Hides a reaction and closes the open reports about it. */
    void hideReaction(long editorId, long reactionId, String reason);

    /**
     * The author takes back their own reaction: it is deleted, and so are the reports about it.
     *
     * @throws KnowledgeActionNotAllowedException for someone else's reaction (editors hide those instead)
     */
    void removeOwnReaction(long actorId, long reactionId);

    /** Closes a report without action. */
    void dismissReport(long editorId, long reportId);

    void follow(long accountId, long themeId);

    void unfollow(long accountId, long themeId);

    Set<Long> followedThemes(long accountId);

    /**
     * Sends the digest of the week before {@code weekStart} (a Monday): to each follower, the items published that
     * week with a theme they follow, through the outbox. Runs once per week across a cluster.
     *
     * @return the number of mails queued; 0 when this week's digest was already sent
     */
    int sendWeeklyDigest(LocalDate weekStart);
}
