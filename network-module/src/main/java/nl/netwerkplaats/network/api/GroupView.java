package nl.netwerkplaats.network.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A group as anyone may see it: no names of members, only how many there are.
 *
 * @param gatheringIds     gatherings of the events module held by or for this group
 * @param knowledgeItemIds knowledge items of the knowledge module this group made or collected
 */
public record GroupView(long id, String name, Long themeId, String question, String goal, LocalDate endDate,
                        GroupAdmission admission, GroupStatus status, long memberCount, Instant createdAt,
                        List<Long> gatheringIds, List<Long> knowledgeItemIds) {

    public GroupView {
        gatheringIds = List.copyOf(gatheringIds);
        knowledgeItemIds = List.copyOf(knowledgeItemIds);
    }

    public boolean active() {
        return status == GroupStatus.ACTIVE;
    }
}
