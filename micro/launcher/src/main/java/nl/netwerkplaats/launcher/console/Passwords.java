package nl.netwerkplaats.launcher.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Passwords as the application stores them: PBKDF2 with HMAC-SHA512, 210,000 iterations, a 32-byte salt and a
 * 64-byte key, written as Jakarta Security's {@code Pbkdf2PasswordHash} does ({@code algorithm:iterations:salt:key},
 * Base64), so the application's login verifies what the console wrote.
 */
final class Passwords {

    /** The application's minimum (network api {@code Accounts.MIN_PASSWORD_LENGTH}). */
    static final int MIN_LENGTH = 12;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    private static final int ITERATIONS = 210_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    static String hash(char[] password) {
        byte[] salt = new byte[32];
        RANDOM.nextBytes(salt);
        try {
            byte[] key = SecretKeyFactory.getInstance(ALGORITHM)
                    .generateSecret(new PBEKeySpec(password, salt, ITERATIONS, 64 * 8)).getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return ALGORITHM + ":" + ITERATIONS + ":" + base64.encodeToString(salt) + ":" + base64.encodeToString(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no " + ALGORITHM, e);
        }
    }

    /**
     * The new password: the first line of standard input with {@code --password-stdin} (for scripts), otherwise
     * asked twice at the terminal without echo.
     */
    static char[] read(boolean fromStandardInput, String forWhom) {
        char[] password;
        if (fromStandardInput) {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                password = line == null ? new char[0] : line.toCharArray();
            } catch (IOException e) {
                throw ConsoleProblem.failed("Cannot read the password from standard input: " + e.getMessage());
            }
        } else {
            java.io.Console terminal = System.console();
            if (terminal == null) {
                throw ConsoleProblem.failed("There is no terminal to ask the password on. Pipe it in and add"
                        + " --password-stdin.");
            }
            password = terminal.readPassword("New password for %s (at least %d characters): ", forWhom, MIN_LENGTH);
            char[] again = terminal.readPassword("The same password again: ");
            if (password == null || !Arrays.equals(password, again)) {
                throw ConsoleProblem.failed("The two passwords differ. Nothing was changed.");
            }
        }
        requireStrong(password);
        return password;
    }

    static void requireStrong(char[] password) {
        if (new String(password).codePointCount(0, password.length) < MIN_LENGTH) {
            throw ConsoleProblem.failed("A password needs at least " + MIN_LENGTH + " characters. Nothing was changed.");
        }
    }
}
