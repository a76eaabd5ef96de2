package nl.netwerkplaats.network.api;

/** What counts as an active contribution to the network; administrators set the points of each kind. */
public enum ContributionKind {
    HOSTED_TABLE, PITCHED_CASE, ANSWERED_REQUEST, MATCH_SUCCEEDED, KNOWLEDGE_ITEM_WRITTEN, STUDENT_ASSIGNMENT_FINISHED
}
