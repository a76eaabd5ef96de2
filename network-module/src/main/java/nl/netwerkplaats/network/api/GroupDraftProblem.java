package nl.netwerkplaats.network.api;

/** Why a group draft was refused, and which field of {@link GroupDraft} is at fault. */
public enum GroupDraftProblem {
    NAME_MISSING("name"),
    NAME_TOO_LONG("name"),
    GOAL_MISSING("goal"),
    GOAL_TOO_LONG("goal"),
    QUESTION_TOO_LONG("question"),
    THEME_OR_QUESTION_MISSING("question"),
    THEME_RETIRED("themeId"),
    THEME_UNKNOWN("themeId"),
    END_DATE_IN_PAST("endDate"),
    ADMISSION_MISSING("admission");

    private final String field;

    GroupDraftProblem(String field) {
        this.field = field;
    }

    /** The name of the {@link GroupDraft} component the problem is about. */
    public String field() {
        return field;
    }
}
