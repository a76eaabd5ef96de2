package nl.netwerkplaats.network.api;

/** Who can be linked to a support request: an organisation or initiative, a person, or a posted offer. */
public enum PartyKind {
    ORGANISATION, PERSON, OFFER
}
