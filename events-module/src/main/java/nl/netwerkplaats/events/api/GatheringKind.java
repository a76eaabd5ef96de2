package nl.netwerkplaats.events.api;

/** The forms a gathering takes in the seed reports; the Dutch labels are in the web bundles. */
public enum GatheringKind {
    ONTMOETING, SYMPOSIUM, THEMADAG, PITCH_SESSIE, EMPATHIESESSIE, INTERVISIE, SPEEDDATE, ONTWIKKELTAFEL,
    WERKCONFERENTIE, MEETUP
}
