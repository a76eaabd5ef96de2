package nl.netwerkplaats.events.api;

import java.time.LocalDate;
import java.util.List;

/**
 * What the importer makes of a plain-text report: the gathering, its rounds and tables, the typed harvest items
 * and the participant list, all as proposals for the user to correct before anything is saved.
 *
 * <p>Nothing of the input is lost: {@code lines} holds every non-empty input line (control characters removed,
 * outer white space stripped) in reading order, each with the role the importer gave it. A line with role
 * {@link LineRole#ITEM} or {@link LineRole#NOTE} is in at least one item's {@code lines}; the other roles are the
 * structure (title, date, round, question, table, heading, goal, participant). {@code unrecognised} are the lines
 * that became free notes ({@link HarvestType#NOTITIE}) because the importer could not tell what they are.
 */
public record ReportProposal(Gathering gathering, List<Round> rounds, List<Table> tables, List<Item> items,
                             List<Participant> participants, List<Line> unrecognised, List<Line> lines) {

    public ReportProposal {
        rounds = List.copyOf(rounds);
        tables = List.copyOf(tables);
        items = List.copyOf(items);
        participants = List.copyOf(participants);
        unrecognised = List.copyOf(unrecognised);
        lines = List.copyOf(lines);
    }

    /**
     * The gathering as far as the text tells it; any field may be null (or empty) when the text does not say.
     *
     * @param organisers names of people or organisations as written ("KUS", "Omzien")
     */
    public record Gathering(String title, LocalDate date, String place, List<String> organisers, GatheringKind kind,
                            List<String> goals) {

        public Gathering {
            organisers = List.copyOf(organisers);
            goals = List.copyOf(goals);
        }
    }

    /** A round of the programme, numbered 1, 2, … in reading order; a round has at most one question. */
    public record Round(int number, String title, String question) {
    }

    /** A table, by its number; the same number in several rounds is the same table. */
    public record Table(int number, String name, String topic) {
    }

    /**
     * One harvest item.
     *
     * @param round      the round's number, or null before any round
     * @param table      the table's number, or null when not at a table
     * @param pitcher    who pitched a {@link HarvestType#CASUS}, when the text names them
     * @param forCase    for a {@link HarvestType#SUGGESTIE}: the index in {@code items} of the case it answers
     * @param governmentView for a {@link HarvestType#KNELPUNT}: what the report says from the government's side
     *                       (the question that introduced it included), or null
     * @param initiativeView for a knelpunt: from the side of the initiative or entrepreneur, or null
     * @param section    the heading the item stood under, as written, or null
     * @param lines      the input line numbers (1-based) the text comes from, ascending
     * @param recognised false when the importer could not tell the type (a free note)
     */
    public record Item(HarvestType type, String text, Integer round, Integer table, String pitcher, Integer forCase,
                       String governmentView, String initiativeView, String section, List<Integer> lines,
                       boolean recognised) {

        public Item {
            lines = List.copyOf(lines);
        }
    }

    /** A name from the participant list, with the organisation when the line gives one. */
    public record Participant(String name, String organisation, int line) {
    }

    /** One non-empty input line and what the importer took it for. */
    public record Line(int number, String text, LineRole role) {
    }

    public enum LineRole {
        /** the gathering's title (and maybe its date and place) */
        TITLE,
        /** a line that gives only the gathering's date */
        DATE,
        ROUND,
        QUESTION,
        TABLE,
        /** a heading that sets the type of what follows ("Rode draden", "Deelnemerslijst") */
        HEADING,
        GOAL,
        PARTICIPANT,
        /** (part of) a recognised item */
        ITEM,
        /** (part of) a free note: not recognised */
        NOTE
    }
}
