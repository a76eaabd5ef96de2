package nl.netwerkplaats.network.api;

/** Where a helpdesk question is in the coordinators' queue (nieuw, in behandeling, beantwoord). */
public enum QuestionStatus {
    NEW, IN_PROGRESS, ANSWERED
}
