package nl.netwerkplaats.knowledge.domain;

public enum KnowledgeStatus {
    CONCEPT, TER_BEOORDELING, GEPUBLICEERD, GEARCHIVEERD
}
