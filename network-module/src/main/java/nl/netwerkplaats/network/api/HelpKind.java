package nl.netwerkplaats.network.api;

/** The kinds of help a request asks for and an offer gives; the Dutch labels (kennis, handen, ...) are in the web bundles. */
public enum HelpKind {
    KNOWLEDGE, HANDS, SPACE, MONEY, NETWORK, ADVICE
}
