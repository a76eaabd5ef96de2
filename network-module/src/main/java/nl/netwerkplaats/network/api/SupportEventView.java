package nl.netwerkplaats.network.api;

import java.time.Instant;

/**
 * One line of a request's history. {@code kind} is a code (POSTED, STATUS, LINKED, CONTACT, ACCEPTED, DECLINED,
 * COMPLETED, FAILED, REOPENED); {@code detail} its argument (a status, a party's name, the lesson).
 */
public record SupportEventView(Instant at, String actorName, String kind, String detail) {
}
