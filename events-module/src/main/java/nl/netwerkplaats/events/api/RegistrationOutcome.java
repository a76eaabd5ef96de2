package nl.netwerkplaats.events.api;

/**
 * Where a sign-up (or a confirmation by link) stands now.
 *
 * @param waitingPosition 1 for the first in line; null unless WAITING
 * @param token           the secret of the registration's own link (to confirm or cancel); for tests and the
 *                        REST answer only to the person who registered
 */
public record RegistrationOutcome(long registrationId, RegistrationStatus status, Long waitingPosition, String code,
                                  String token) {
}
