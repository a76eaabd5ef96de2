package nl.netwerkplaats.network.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What someone fills in to start or change a group. A group gathers around a theme, a question or both; the
 * service also checks what annotations cannot: one of the two is given, the theme is current, the end date has
 * not passed.
 *
 * @param themeId  an active theme, or null for a group around a question only
 * @param question the question the group works on, or null
 * @param endDate  the last day of the group, or null when it has no end
 */
public record GroupDraft(@NotBlank @Size(max = Groups.MAX_NAME_LENGTH) String name,
                         Long themeId,
                         @Size(max = Groups.MAX_QUESTION_LENGTH) String question,
                         @NotBlank @Size(max = Groups.MAX_GOAL_LENGTH) String goal,
                         LocalDate endDate,
                         @NotNull GroupAdmission admission) {

    public GroupDraft {
        name = strip(name);
        question = strip(question);
        goal = strip(goal);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
