package nl.netwerkplaats.knowledge.api;

/** What a piece of evidence for a learning question is. */
public enum EvidenceKind {
    KNOWLEDGE_ITEM, GATHERING, HARVEST_ITEM
}
