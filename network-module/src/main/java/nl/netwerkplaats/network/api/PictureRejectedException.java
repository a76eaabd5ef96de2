package nl.netwerkplaats.network.api;

import jakarta.ejb.ApplicationException;

@ApplicationException(rollback = true)
public class PictureRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        NOT_AN_IMAGE, TOO_LARGE
    }

    private final Reason reason;

    public PictureRejectedException(Reason reason) {
        super("Picture rejected: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
