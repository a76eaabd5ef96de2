package nl.netwerkplaats.events.api;

/**
 * What kind of thing a table harvested during a gathering, following the headings of the network's own reports.
 * The live harvest page and the report importer both speak in these types; labels are in the bundles
 * ({@code harvest.type.<NAME>}).
 */
public enum HarvestType {
    /** "Best practices": something that works somewhere and can be copied. */
    BEST_PRACTICE,
    /** "Rode draad": a common thread the table saw across its stories. */
    RODE_DRAAD,
    /** "Kernboodschap": the one message a table takes home. */
    KERNBOODSCHAP,
    /** "Casus": a case someone pitched, with who pitched it. */
    CASUS,
    /** "Suggesties": advice from a table for a pitched case. */
    SUGGESTIE,
    /** "Knelpunt": a bottleneck, seen from the government side and from the initiative or entrepreneur side. */
    KNELPUNT,
    IDEE,
    /** "Toekomstbeeld" / "dromen": how it should look in a few years. */
    TOEKOMSTBEELD,
    /** "Randvoorwaarde": what has to be in place for that future. */
    RANDVOORWAARDE,
    /** "Het vervolg": an agreed next step. */
    VERVOLGACTIE,
    /** "Kennisvraag": a question worth learning about, for the knowledge agenda. */
    KENNISVRAAG,
    /** "Constatering": an observation the organisers wrote down. */
    CONSTATERING,
    /** Anything else, kept as written. */
    NOTITIE
}
