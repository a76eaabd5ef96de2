package nl.netwerkplaats.events.api;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A registration as its owner and the organisers see it.
 *
 * @param waitingPosition 1 for the first in line; null unless {@link RegistrationStatus#WAITING}
 * @param code            the personal code shown at the door (also as a QR image)
 */
public record RegistrationView(long id, long gatheringId, Long accountId, String name, String email,
                               String organisation, ParticipantRole role, String needs, boolean listed,
                               RegistrationStatus status, Long waitingPosition, String code, boolean walkIn,
                               boolean present, OffsetDateTime createdAt) implements Serializable {
}
