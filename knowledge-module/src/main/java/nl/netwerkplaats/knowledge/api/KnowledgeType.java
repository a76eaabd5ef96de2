package nl.netwerkplaats.knowledge.api;

/**
 * The kinds of knowledge the seeds share; the Dutch labels are in the web bundles. A kernboodschap (key message)
 * is what a gathering hands on, kept beside its rode draden so the threads page can show both.
 */
public enum KnowledgeType {
    BEST_PRACTICE, CASUS, GELEERDE_LES, KNELPUNT, VERHAAL, RODE_DRAAD, KERNBOODSCHAP, VOORBEELD, DOCUMENT
}
