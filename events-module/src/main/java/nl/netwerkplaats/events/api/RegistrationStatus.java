package nl.netwerkplaats.events.api;

/**
 * AWAITING_EMAIL: a guest has not yet followed the confirmation link. AWAITING_APPROVAL: an organiser decides.
 * CONFIRMED: has a seat. WAITING: on the waiting list. CANCELLED by the person or REFUSED by an organiser.
 */
public enum RegistrationStatus {
    AWAITING_EMAIL, AWAITING_APPROVAL, CONFIRMED, WAITING, CANCELLED, REFUSED;

    public boolean live() {
        return this != CANCELLED && this != REFUSED;
    }
}
