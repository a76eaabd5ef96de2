package nl.netwerkplaats.network.api;

import java.util.OptionalLong;

/**
 * The server console's one-time sign-in. The console runs on the server with the database's credentials, so it can
 * vouch for an account: it stores the SHA-256 of a fresh random token with the account, a purpose and an expiry of
 * a few minutes ({@code network.console_token}), and sends the token to the running application once. Nothing but
 * the hash is stored; a token works once, only for its purpose, only before it expires, and only for an account
 * that is active and not locked.
 */
public interface ConsoleSignIn {

    /** Tokens the console writes expire after this many seconds. */
    int LIFETIME_SECONDS = 120;

    /** The only purpose so far: importing a report file into a gathering. */
    String IMPORT_REPORT = "IMPORT_REPORT";

    /**
     * Uses up the token (also when the account turns out to be locked) and tells for whom it was written.
     *
     * @return the account, or empty when the token is unknown, used, expired, for another purpose, or the account
     *         may not sign in (locked, not confirmed)
     */
    OptionalLong redeem(String token, String purpose);
}
