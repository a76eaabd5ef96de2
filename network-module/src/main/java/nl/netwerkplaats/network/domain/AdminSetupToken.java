package nl.netwerkplaats.network.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The one-time token, printed on the server console at start-up, that lets the person at the console create the
 * first administrator. Only its SHA-256 hash is stored; there is at most one row.
 */
@Entity
@Table(name = "admin_setup_token", schema = "network")
public class AdminSetupToken {

    public static final int SINGLETON_ID = 1;

    @Id
    private int id = SINGLETON_ID;

    @Column(name = "token_hash", nullable = false)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    protected AdminSetupToken() {
    }

    public AdminSetupToken(String tokenHash, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
    }

    public void replace(String newHash, Instant newExpiry) {
        this.tokenHash = newHash;
        this.expiresAt = newExpiry.atOffset(ZoneOffset.UTC);
    }

    public boolean matches(String hash, Instant now) {
        return java.security.MessageDigest.isEqual(tokenHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                hash.getBytes(java.nio.charset.StandardCharsets.US_ASCII)) && now.isBefore(expiresAt.toInstant());
    }
}
