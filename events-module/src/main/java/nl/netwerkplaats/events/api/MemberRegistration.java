package nl.netwerkplaats.events.api;

/**
 * One of a member's own registrations with the gathering it is for, as their "my registrations" page shows it.
 *
 * @param cancellable the member may still cancel it (live, and the gathering is published and has not begun)
 */
public record MemberRegistration(RegistrationView registration, GatheringSummary gathering, boolean cancellable) {
}
