package nl.netwerkplaats.events.api;

/** In what capacity someone comes to a gathering; attendance is counted per role. Labels are in the bundles. */
public enum ParticipantRole {
    INWONER, ERVARINGSDESKUNDIGE, VRIJWILLIGER, PROFESSIONAL, BELEID, ONDERWIJS_ONDERZOEK, ONDERNEMER, ANDERS
}
