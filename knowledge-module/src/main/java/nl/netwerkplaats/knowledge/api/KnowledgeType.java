package nl.netwerkplaats.knowledge.api;

/** The kinds of knowledge the seeds share; the Dutch labels are in the web bundles. */
public enum KnowledgeType {
    BEST_PRACTICE, CASUS, GELEERDE_LES, KNELPUNT, VERHAAL, RODE_DRAAD, VOORBEELD, DOCUMENT
}
