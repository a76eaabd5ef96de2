package nl.netwerkplaats.events.api;

/**
 * Importing a gathering's report written before Netwerkplaats existed (or outside it): the text becomes a
 * {@link ReportProposal} that the user corrects before anything is saved. Organisers (anyone who organises a
 * gathering here) and coordinators may import.
 */
public interface ReportImports {

    /** The longest report accepted, in characters; the seed reports are 5,000–25,000. */
    int MAX_CHARS = 200_000;

    /** Whether this person may import reports: a coordinator or administrator, or an organiser of a gathering. */
    boolean mayImport(long actorId);

    /**
     * Reads the text; saves nothing.
     *
     * @throws ImportNotAllowedException when {@link #mayImport} is false
     * @throws InvalidInputException     field {@code text}: REQUIRED when blank, TOO_LONG over {@link #MAX_CHARS}
     */
    ReportProposal propose(long actorId, String text);

    /**
     * Creates the gathering (a concept, with the importer as organiser), its rounds and tables, and the items as
     * harvest {@link HarvestOrigin#IMPORTED imported} in the given order: all in one transaction, all or nothing.
     *
     * @throws ImportNotAllowedException when {@link #mayImport} is false
     * @throws InvalidInputException     naming the field: the gathering's fields as {@link Gatherings#create} does,
     *                                   {@code items[i].text} (REQUIRED, TOO_LONG), {@code items[i].round}
     *                                   (UNKNOWN_ROUND), {@code items[i].table} (UNKNOWN_TABLE),
     *                                   {@code items[i].forCase} (UNKNOWN_ITEM), {@code items} (TOO_MANY), and the
     *                                   programme's for rounds and tables
     */
    GatheringView save(long actorId, ReportImport report);

    /** As {@link #save}; with {@code dryRun} everything is done and checked as for real, and then rolled back. */
    GatheringView save(long actorId, ReportImport report, boolean dryRun);

    /**
     * Adds a report to a gathering that exists already (the server console's {@code import-report}): round n of the
     * report goes into the gathering's n-th round when it has one (its title and question stay), otherwise a round
     * is appended; a table goes into the gathering's table with the same number, otherwise it is added; then the
     * items as in {@link #save}. The gathering's own fields stay as they are ({@code report.gathering()} is
     * ignored). All in one transaction, all or nothing. With {@code dryRun} everything is done and checked as for
     * real, and then rolled back.
     *
     * @return the programme as it is after the import (or would be, on a dry run)
     * @throws UnknownGatheringException when there is no such gathering
     * @throws NotOrganiserException     unless the actor organises that gathering or is a coordinator/administrator
     * @throws InvalidInputException     as {@link #save}, for the items and the programme
     */
    ProgrammeView saveInto(long actorId, long gatheringId, ReportImport report, boolean dryRun);
}
