package nl.netwerkplaats.knowledge.api;

/** An editor published an item; fired after commit consumers may react to it. */
public record KnowledgePublished(long itemId) {
}
