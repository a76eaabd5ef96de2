package nl.netwerkplaats.events.api;

/** concept → gepubliceerd → afgelopen → verslag gepubliceerd; or geannuleerd. */

public enum GatheringStatus {
    CONCEPT, GEPUBLICEERD, AFGELOPEN, VERSLAG_GEPUBLICEERD, GEANNULEERD
}
