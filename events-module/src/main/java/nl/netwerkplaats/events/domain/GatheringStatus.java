package nl.netwerkplaats.events.domain;

public enum GatheringStatus {
    CONCEPT, GEPUBLICEERD, AFGELOPEN, VERSLAG_GEPUBLICEERD, GEANNULEERD
}
