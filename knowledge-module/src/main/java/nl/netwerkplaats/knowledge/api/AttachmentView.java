package nl.netwerkplaats.knowledge.api;

public record AttachmentView(long id, String fileName, String mediaType, int sizeBytes) {
}
