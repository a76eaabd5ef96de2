package nl.netwerkplaats.events.infrastructure;

import java.security.SecureRandom;
import java.util.Base64;

/** Personal codes people read aloud at the door, and the secrets in their links. */
public final class SecretCodes {

    /** No 0/O, 1/I/L: a code is read from a phone screen or a printed sheet. */
    private static final char[] READABLE = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretCodes() {
    }

    /** Eight readable characters: 31^8, about 8.5e11 codes. */
    public static String personalCode() {
        char[] code = new char[8];
        for (int i = 0; i < code.length; i++) {
            code[i] = READABLE[RANDOM.nextInt(READABLE.length)];
        }
        return new String(code);
    }

    /** 256 random bits, URL-safe. */
    public static String linkToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
