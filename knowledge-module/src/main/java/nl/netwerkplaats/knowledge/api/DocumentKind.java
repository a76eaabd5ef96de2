package nl.netwerkplaats.knowledge.api;

/** What kind of document a {@link KnowledgeType#DOCUMENT} is. */
public enum DocumentKind {
    HANDREIKING, ONDERZOEK, TOOL
}
