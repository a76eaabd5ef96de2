package nl.netwerkplaats.network.api;

import java.util.regex.Pattern;

/**
 * A file sent with a mail, such as an invitation's {@code .ics}. Small by design: at most {@link #MAX_BYTES}.
 *
 * @param fileName    shown to the recipient: letters, digits, spaces, dots, dashes and underscores only
 * @param contentType for example {@code text/calendar; charset=UTF-8; method=PUBLISH}
 */
public record MailAttachment(String fileName, String contentType, byte[] content) {

    public static final int MAX_BYTES = 1024 * 1024;
    private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N} ._-]{1,120}");

    public MailAttachment {
        if (fileName == null || !SAFE_NAME.matcher(fileName).matches() || fileName.startsWith(".")) {
            throw new IllegalArgumentException("Unsafe attachment file name");
        }
        if (contentType == null || contentType.isBlank() || contentType.length() > 100
                || contentType.contains("\r") || contentType.contains("\n")) {
            throw new IllegalArgumentException("Invalid attachment content type");
        }
        if (content == null || content.length > MAX_BYTES) {
            throw new IllegalArgumentException("Attachment missing or larger than " + MAX_BYTES + " bytes");
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }
}
