package nl.netwerkplaats.network.api;

/** nieuw → in behandeling → gekoppeld → afgerond, or niet gelukt (with what was learned). */
public enum SupportStatus {
    NEW, IN_PROGRESS, LINKED, COMPLETED, FAILED;

    public boolean isOpen() {
        return this != COMPLETED && this != FAILED;
    }
}
