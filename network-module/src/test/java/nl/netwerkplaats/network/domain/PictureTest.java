package nl.netwerkplaats.network.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import nl.netwerkplaats.network.api.PictureRejectedException;
import nl.netwerkplaats.network.api.PictureRejectedException.Reason;

class PictureTest {

    @Test
    void recognisesPngJpegAndWebpByTheirBytes() {
        assertEquals("image/png", Picture.require(withStart((byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n')));
        assertEquals("image/jpeg", Picture.require(withStart((byte) 0xFF, (byte) 0xD8, (byte) 0xFF)));
        byte[] webp = withStart('R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P');
        assertEquals("image/webp", Picture.require(webp));
    }

    @Test
    void refusesTextThatCallsItselfAnImage() {
        byte[] svg = "<svg onload=alert(1)></svg>".getBytes(StandardCharsets.UTF_8);
        assertEquals(Reason.NOT_AN_IMAGE, assertThrows(PictureRejectedException.class,
                () -> Picture.require(svg)).reason());
        assertEquals(Reason.NOT_AN_IMAGE, assertThrows(PictureRejectedException.class,
                () -> Picture.require(null)).reason());
    }

    @Test
    void refusesAPictureOverTheLimitEvenWhenItIsAnImage() {
        byte[] large = new byte[Picture.MAX_BYTES + 1];
        System.arraycopy(withStart((byte) 0xFF, (byte) 0xD8, (byte) 0xFF), 0, large, 0, 12);
        assertEquals(Reason.TOO_LARGE, assertThrows(PictureRejectedException.class,
                () -> Picture.require(large)).reason());
    }

    private static byte[] withStart(int... start) {
        byte[] bytes = new byte[64];
        for (int i = 0; i < start.length; i++) {
            bytes[i] = (byte) start[i];
        }
        return bytes;
    }
}
