package nl.netwerkplaats.network.api;

/** The level of education an assignment is meant for; ANY when it does not matter. */
public enum AssignmentLevel {
    MBO, HBO, WO, ANY
}
