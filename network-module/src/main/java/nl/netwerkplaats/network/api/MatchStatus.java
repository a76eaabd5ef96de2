package nl.netwerkplaats.network.api;

/** A linked party's answer: not yet, yes, or no (which hides the requester's contact details from them again). */
public enum MatchStatus {
    PROPOSED, ACCEPTED, DECLINED
}
