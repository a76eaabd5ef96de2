package nl.netwerkplaats.network.domain;

public enum AccountStatus {
    /** Signed up; the confirmation link in the e-mail was not followed yet. */
    PENDING,
    ACTIVE
}
