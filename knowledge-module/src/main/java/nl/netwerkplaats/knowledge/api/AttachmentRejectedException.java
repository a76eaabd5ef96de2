package nl.netwerkplaats.knowledge.api;

import jakarta.ejb.ApplicationException;

/** An upload was refused; nothing was stored. */
@ApplicationException(rollback = true)
public class AttachmentRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Reason {
        /** No bytes at all. */
        EMPTY,
        /** Larger than {@link KnowledgeItems#MAX_ATTACHMENT_BYTES}. */
        TOO_LARGE,
        /** The content is none of PDF, DOCX, ODT, PNG, JPEG. */
        UNSUPPORTED_TYPE,
        /** The content is a supported type, but the file name says another. */
        NAME_DOES_NOT_MATCH_CONTENT
    }

    private final Reason reason;

    public AttachmentRejectedException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
