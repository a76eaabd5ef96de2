package nl.netwerkplaats.events.api;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "Wat hebben we geoogst?": everything of one gathering's report.
 *
 * @param synthesis    the organisers' synthesis; when they wrote none yet, the kernboodschappen one per line
 * @param items        the items shown in the report, in report order (round, table, position)
 * @param keyMessages  every kernboodschap, the material of the synthesis
 * @param followUps    vervolgacties from the tables
 * @param participants the consented participant list; empty for a viewer who is not signed in
 * @param reactions    reactions shown (organisers also see hidden ones)
 * @param pending      items added afterwards that wait for an organiser (organisers only)
 */
public record ReportView(GatheringView gathering, String intro, String synthesis, boolean synthesisWritten,
                         OffsetDateTime publishedAt, ProgrammeView programme, List<HarvestItemView> items,
                         List<HarvestItemView> keyMessages, List<HarvestItemView> followUps,
                         List<ParticipantView> participants, List<ReactionView> reactions,
                         List<HarvestItemView> pending, boolean mayEdit) implements Serializable {

    public ReportView {
        items = List.copyOf(items);
        keyMessages = List.copyOf(keyMessages);
        followUps = List.copyOf(followUps);
        participants = List.copyOf(participants);
        reactions = List.copyOf(reactions);
        pending = List.copyOf(pending);
    }

    public boolean published() {
        return publishedAt != null;
    }

    public List<HarvestItemView> itemsAt(Long roundId, Long tableId) {
        return items.stream().filter(i -> Objects.equals(i.roundId(), roundId) && Objects.equals(i.tableId(), tableId))
                .toList();
    }

    /** Items that belong to no round (the plenary, or a gathering without rounds). */
    public List<HarvestItemView> itemsWithoutRound() {
        return items.stream().filter(i -> i.roundId() == null).toList();
    }

    public List<ReactionView> reactionsOn(Long itemId) {
        return reactions.stream().filter(r -> Objects.equals(r.itemId(), itemId)).toList();
    }

    /** Shown reactions per item id (0 for the report itself). */
    public Map<Long, Long> reactionCounts() {
        return reactions.stream().filter(ReactionView::shown).collect(java.util.stream.Collectors.groupingBy(
                r -> r.itemId() == null ? 0L : r.itemId(), java.util.stream.Collectors.counting()));
    }

    public long reactionCount() {
        return reactions.stream().filter(ReactionView::shown).count();
    }
}
