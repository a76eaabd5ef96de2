package nl.netwerkplaats.network.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger of contributions. Entries arrive through the {@link ContributionMade} event; there is no public
 * ranking, only each person's own list (shown on their public profile when they opt in) and, for coordinators,
 * activity per organisation and per theme.
 */
public interface Contributions {

    /** A person's own contributions, newest first. */
    List<ContributionView> of(long accountId);

    /** The sum of a person's points. */
    long pointsOf(long accountId);

    /** The person's contributions when they chose to show them publicly; empty otherwise (the default). */
    Optional<List<ContributionView>> shownPublicly(long personId);

    boolean isShownPublicly(long accountId);

    void showPublicly(long accountId, boolean shown);

    /** The points of each kind, as administrators set them. */
    Map<ContributionKind, Integer> points();

    /**
     * Sets the points of a kind; counts from now on, earlier entries keep their points. Goes into the audit log.
     *
     * @throws ActionNotAllowedException when the actor is not an administrator
     * @throws InputRejectedException    when the points are below 0 or above 1000
     */
    void setPoints(long actorId, ContributionKind kind, int points);

    /**
     * Contributions of each organisation's members, most points first.
     *
     * @throws CoordinatorsOnlyException when the actor is neither coordinator nor administrator
     */
    List<ContributionActivity> perOrganisation(long actorId, int max);

    /**
     * Contributions of the people who follow each theme, most points first.
     *
     * @throws CoordinatorsOnlyException when the actor is neither coordinator nor administrator
     */
    List<ContributionActivity> perTheme(long actorId);
}
