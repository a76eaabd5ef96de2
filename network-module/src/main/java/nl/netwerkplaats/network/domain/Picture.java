package nl.netwerkplaats.network.domain;

import java.util.Arrays;
import java.util.Optional;

import nl.netwerkplaats.network.api.PictureRejectedException;

/**
 * An uploaded photo or logo, checked by its content rather than by what the browser claims: only PNG, JPEG and
 * WebP, recognised by their first bytes, and at most {@link #MAX_BYTES}.
 */
public final class Picture {

    public static final int MAX_BYTES = nl.netwerkplaats.network.api.PictureData.MAX_BYTES;

    private Picture() {
    }

    /**
     * The content type of an acceptable picture.
     *
     * @throws PictureRejectedException when the bytes are too many or not a PNG, JPEG or WebP image
     */
    public static String require(byte[] bytes) {
        if (bytes != null && bytes.length > MAX_BYTES) {
            throw new PictureRejectedException(PictureRejectedException.Reason.TOO_LARGE);
        }
        return typeOf(bytes)
                .orElseThrow(() -> new PictureRejectedException(PictureRejectedException.Reason.NOT_AN_IMAGE));
    }

    /** The content type when these bytes are an image we accept, otherwise empty. */
    public static Optional<String> typeOf(byte[] bytes) {
        if (bytes == null || bytes.length < 12) {
            return Optional.empty();
        }
        if (startsWith(bytes, 0, (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        byte[] wanted = new byte[expected.length];
        for (int i = 0; i < expected.length; i++) {
            wanted[i] = (byte) expected[i];
        }
        return Arrays.equals(bytes, offset, offset + wanted.length, wanted, 0, wanted.length);
    }
}
