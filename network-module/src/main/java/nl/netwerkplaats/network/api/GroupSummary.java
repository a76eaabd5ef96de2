package nl.netwerkplaats.network.api;

import java.time.LocalDate;

/** A line in the list of groups. */
public record GroupSummary(long id, String name, Long themeId, String question, LocalDate endDate,
                           GroupAdmission admission, GroupStatus status, long memberCount) {

    public boolean active() {
        return status == GroupStatus.ACTIVE;
    }
}
