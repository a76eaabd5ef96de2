package nl.netwerkplaats.network.domain;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A one-time link sent by e-mail; only the SHA-256 of the token is kept. */
@Entity
@Table(name = "account_token", schema = "network")
@NamedQuery(name = "AccountToken.byHash", query = "select t from AccountToken t where t.tokenHash = :hash")
@NamedQuery(name = "AccountToken.deleteFor",
        query = "delete from AccountToken t where t.accountId = :account and t.purpose = :purpose")
public class AccountToken {

    public enum Purpose {
        CONFIRM, RESET, CHANGE_EMAIL
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "new_email")
    private String newEmail;

    @Column(name = "expires_at", nullable = false)
    private OffsetDateTime expiresAt;

    protected AccountToken() {
    }

    public AccountToken(long accountId, Purpose purpose, String tokenHash, String newEmail, Instant expiresAt) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.newEmail = newEmail;
        this.expiresAt = expiresAt.atOffset(ZoneOffset.UTC);
    }

    public boolean usableFor(Purpose wanted, Instant now) {
        return purpose == wanted && now.isBefore(expiresAt.toInstant());
    }

    public long getAccountId() {
        return accountId;
    }

    public String getNewEmail() {
        return newEmail;
    }
}
