package nl.netwerkplaats.knowledge.api;

/** An attachment's bytes, for download. */
public record AttachmentContent(String fileName, String mediaType, byte[] content) {
}
