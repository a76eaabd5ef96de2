package nl.netwerkplaats.events.api;

import java.util.List;
import java.util.Optional;

/**
 * Signing up for gatherings, the waiting list, and the day itself. Seats are handed out one at a time under a
 * lock on the gathering, so there are never more confirmed seats than the capacity, nobody is in twice, and the
 * waiting list keeps the order in which people were placed.
 */
public interface Registrations {

    int MAX_NAME = 120;
    int MAX_EMAIL = 254;
    int MAX_ORGANISATION = 200;
    int MAX_NEEDS = 1000;

    /**
     * Signs up. A member is placed at once (a seat, or the waiting list when full), unless the gathering asks for
     * approval; a guest gets a mail with a link and is placed when following it.
     *
     * @throws RegistrationRefusedException when the gathering is not open to this person now, or they are in
     * @throws InvalidInputException        for a missing name, a bad address, too long a text
     * @throws UnknownGatheringException    when there is no such public gathering
     */
    RegistrationOutcome register(long gatheringId, RegistrationRequest request);

    /** The guest's confirmation link: places the registration. Following it again changes nothing. */
    RegistrationOutcome confirmByLink(String token);

    Optional<RegistrationView> findByLink(String token);

    /** Cancels through the link in the mails; the first in line gets the seat. */
    void cancelByLink(String token);

    /** A member cancels on the gathering's page. @throws UnknownRegistrationException when not registered */
    void cancel(long accountId, long gatheringId);

    /** The member's live registration for this gathering. */
    Optional<RegistrationView> registrationOf(long accountId, long gatheringId);

    /**
     * A member's own registrations, upcoming and past, soonest first: per gathering the live one, or else the most
     * recent (cancelled or refused), so someone who cancelled sees that they did.
     */
    List<MemberRegistration> registrationsOf(long accountId);

    /** Everyone registered, waiting or awaiting, in order of placement: organisers and coordinators only. */
    List<RegistrationView> registrations(long actorId, long gatheringId);

    /** Approval for closed gatherings: places the person (a seat or the waiting list). */
    RegistrationOutcome approve(long actorId, long registrationId);

    void refuse(long actorId, long registrationId);

    /**
     * The participant list: confirmed people who consented to appear on it, sorted by organisation and name.
     * Only signed-in members (any existing account) may read it.
     *
     * @throws NotOrganiserException when the viewer has no account
     */
    List<ParticipantView> participantList(long viewerId, long gatheringId);

    /** Organisers at the door: the registration with this personal code. */
    Optional<RegistrationView> findByCode(long actorId, long gatheringId, String code);

    void markPresent(long actorId, long registrationId, boolean present);

    /** Someone who came without registering: confirmed and present at once, beyond the capacity if need be. */
    RegistrationView walkIn(long actorId, long gatheringId, String name, String organisation, ParticipantRole role);

    /** @throws NotOrganiserException unless organiser or coordinator */
    Attendance attendance(long actorId, long gatheringId);

    /** Live registrations for gatherings that have not ended yet, for monitoring: seated and on a waiting list. */
    RegistrationCounts upcomingCounts();

    record RegistrationCounts(long confirmed, long waiting) {
    }
}
