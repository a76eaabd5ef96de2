package nl.netwerkplaats.network.domain;

import java.time.LocalDate;
import java.util.Objects;

import nl.netwerkplaats.network.api.GroupDraft;
import nl.netwerkplaats.network.api.GroupDraftProblem;
import nl.netwerkplaats.network.api.Groups;
import nl.netwerkplaats.network.api.InvalidGroupDraftException;

/**
 * What a group draft must satisfy, checked again here because the service can be called without Bean Validation
 * (and the pages show each problem at its field). A group that already carries a theme or an end date keeps it
 * even when the theme has been retired or the date has passed since; only a new choice must be current.
 */
final class GroupDraftRules {

    private GroupDraftRules() {
    }

    /**
     * @param theme        the theme the draft names, loaded; null when the draft names none or it does not exist
     * @param currentTheme the group's theme before this change, or null for a new group
     * @param currentEnd   the group's end date before this change, or null
     */
    static void check(GroupDraft draft, Theme theme, LocalDate today, Long currentTheme, LocalDate currentEnd) {
        if (draft.name() == null) {
            throw problem(GroupDraftProblem.NAME_MISSING);
        }
        if (draft.name().length() > Groups.MAX_NAME_LENGTH) {
            throw problem(GroupDraftProblem.NAME_TOO_LONG);
        }
        if (draft.goal() == null) {
            throw problem(GroupDraftProblem.GOAL_MISSING);
        }
        if (draft.goal().length() > Groups.MAX_GOAL_LENGTH) {
            throw problem(GroupDraftProblem.GOAL_TOO_LONG);
        }
        if (draft.question() != null && draft.question().length() > Groups.MAX_QUESTION_LENGTH) {
            throw problem(GroupDraftProblem.QUESTION_TOO_LONG);
        }
        if (draft.themeId() == null && draft.question() == null) {
            throw problem(GroupDraftProblem.THEME_OR_QUESTION_MISSING);
        }
        if (draft.themeId() != null) {
            if (theme == null) {
                throw problem(GroupDraftProblem.THEME_UNKNOWN);
            }
            if (theme.isRetired() && !draft.themeId().equals(currentTheme)) {
                throw problem(GroupDraftProblem.THEME_RETIRED);
            }
        }
        if (draft.endDate() != null && draft.endDate().isBefore(today) && !Objects.equals(draft.endDate(), currentEnd)) {
            throw problem(GroupDraftProblem.END_DATE_IN_PAST);
        }
        if (draft.admission() == null) {
            throw problem(GroupDraftProblem.ADMISSION_MISSING);
        }
    }

    private static InvalidGroupDraftException problem(GroupDraftProblem problem) {
        return new InvalidGroupDraftException(problem);
    }
}
