package nl.netwerkplaats.events.domain;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** "Wie sluit aan?": one member who joins a follow-up. */
@Entity
@Table(name = "follow_up_signup", schema = "events")
@IdClass(FollowUpSignup.Key.class)
public class FollowUpSignup {

    @Id
    @Column(name = "follow_up_id")
    private long followUpId;

    @Id
    @Column(name = "account_id")
    private long accountId;

    @Column(name = "signed_up_at", nullable = false)
    private OffsetDateTime signedUpAt;

    protected FollowUpSignup() {
    }

    public FollowUpSignup(long followUpId, long accountId, OffsetDateTime now) {
        this.followUpId = followUpId;
        this.accountId = accountId;
        this.signedUpAt = now;
    }

    public long getFollowUpId() {
        return followUpId;
    }

    public long getAccountId() {
        return accountId;
    }

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private long followUpId;
        private long accountId;

        public Key() {
        }

        public Key(long followUpId, long accountId) {
            this.followUpId = followUpId;
            this.accountId = accountId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.followUpId == followUpId && k.accountId == accountId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(followUpId, accountId);
        }
    }
}
