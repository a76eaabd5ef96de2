package nl.netwerkplaats.events.api;

import java.util.List;

/**
 * A corrected import, ready to save: the gathering, its rounds and tables, and the items to keep, in reading order.
 *
 * @param authorName written on every item as its author (e.g. who wrote the report); null for the importer
 */
public record ReportImport(GatheringDraft gathering, List<RoundDraft> rounds, List<TableDraft> tables,
                           List<Item> items, String authorName) {

    public ReportImport {
        rounds = rounds == null ? List.of() : List.copyOf(rounds);
        tables = tables == null ? List.of() : List.copyOf(tables);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * @param round   the round's place in {@code rounds} (1 = first), or null
     * @param table   the number of a table in {@code tables}, or null for the plenary
     * @param pitcher for a {@link HarvestType#CASUS}: who pitched it
     * @param forCase for a {@link HarvestType#SUGGESTIE}: the index in {@code items} of the case it advises on
     * @param governmentView for a {@link HarvestType#KNELPUNT}: the government's side
     * @param initiativeView for a knelpunt: the initiative's or entrepreneur's side
     */
    public record Item(HarvestType type, String text, Integer round, Integer table, String pitcher,
                       Integer forCase, String governmentView, String initiativeView) {
    }
}
