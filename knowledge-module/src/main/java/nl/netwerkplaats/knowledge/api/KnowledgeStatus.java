package nl.netwerkplaats.knowledge.api;

/** The workflow of an item: concept → ter beoordeling → gepubliceerd → gearchiveerd. */
public enum KnowledgeStatus {
    CONCEPT, TER_BEOORDELING, GEPUBLICEERD, GEARCHIVEERD
}
