package nl.netwerkplaats.events.api;

/** Items added afterwards ("aanvullen") wait for an organiser; organisers may hide any item from the report. */
public enum HarvestItemStatus {
    SHOWN, PENDING, HIDDEN
}
