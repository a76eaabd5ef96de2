package nl.netwerkplaats.network.api;

import java.time.LocalDate;

/** What an organisation fills in to post an assignment for students. */
public record AssignmentDraft(Long organisationId, String title, String question, String scope, LocalDate startsOn,
                              LocalDate endsOn, AssignmentLevel level, Long themeId, String contact) {
}
