package nl.netwerkplaats.network.api;

/**
 * A request was closed as "niet gelukt", with the lesson learned. Fired in the closing transaction; other modules
 * observe it after commit (the knowledge bank offers the lesson as a knowledge item).
 *
 * @param actorId who closed it and wrote the lesson
 */
public record SupportRequestFailed(long requestId, long actorId) {
}
