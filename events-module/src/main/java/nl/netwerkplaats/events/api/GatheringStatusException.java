package nl.netwerkplaats.events.api;

import jakarta.ejb.ApplicationException;

/** The step is not possible from the gathering's present status (e.g. publishing a cancelled one). */
@ApplicationException(rollback = true)
public class GatheringStatusException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final GatheringStatus status;

    public GatheringStatusException(GatheringStatus status) {
        super("Not possible while " + status);
        this.status = status;
    }

    public GatheringStatus status() {
        return status;
    }
}
