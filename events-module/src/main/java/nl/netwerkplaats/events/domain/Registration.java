package nl.netwerkplaats.events.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.netwerkplaats.events.api.ParticipantRole;
import nl.netwerkplaats.events.api.RegistrationStatus;

/** One person's sign-up for one gathering. The gathering is referred to by id: its row lock guards the seats. */
@Entity
@Table(name = "registration", schema = "events")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "gathering_id", nullable = false, updatable = false)
    private long gatheringId;

    @Column(name = "account_id")
    private Long accountId;

    private String email;

    private String name;

    private String organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ParticipantRole role;

    private String needs;

    /** Consent to appear on the participant list. */
    @Column(nullable = false)
    private boolean listed;

    @Column(nullable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RegistrationStatus status;

    @Column(name = "line_number")
    private Long lineNumber;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(nullable = false, updatable = false)
    private String token;

    @Column(name = "walk_in", nullable = false)
    private boolean walkIn;

    @Column(nullable = false)
    private boolean present;

    @Column(name = "checked_in_at")
    private OffsetDateTime checkedInAt;

    @Column(name = "reminded_at")
    private OffsetDateTime remindedAt;

    @Column(name = "anonymised_at")
    private OffsetDateTime anonymisedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "placed_at")
    private OffsetDateTime placedAt;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Version
    private int version;

    protected Registration() {
    }

    public Registration(long gatheringId, Long accountId, String name, String email, String organisation,
                        ParticipantRole role, String needs, boolean listed, String language, RegistrationStatus status,
                        String code, String token, OffsetDateTime now) {
        this.gatheringId = gatheringId;
        this.accountId = accountId;
        this.name = name;
        this.email = email;
        this.organisation = organisation;
        this.role = role == null ? ParticipantRole.ANDERS : role;
        this.needs = needs;
        this.listed = listed;
        this.language = "en".equals(language) ? "en" : "nl";
        this.status = status;
        this.code = code;
        this.token = token;
        this.createdAt = now;
    }

    /** Gives a seat or a place in line; the line number comes from the gathering, under its lock. */
    public void place(boolean seat, long line, OffsetDateTime now) {
        status = seat ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
        lineNumber = line;
        placedAt = now;
    }

    public void awaitApproval() {
        status = RegistrationStatus.AWAITING_APPROVAL;
    }

    public void promote() {
        status = RegistrationStatus.CONFIRMED;
    }

    public void cancel(OffsetDateTime now) {
        status = RegistrationStatus.CANCELLED;
        cancelledAt = now;
    }

    public void refuse(OffsetDateTime now) {
        status = RegistrationStatus.REFUSED;
        cancelledAt = now;
    }

    public void walkedIn(OffsetDateTime now) {
        walkIn = true;
        checkIn(true, now);
    }

    public void checkIn(boolean isPresent, OffsetDateTime now) {
        present = isPresent;
        checkedInAt = isPresent ? now : null;
    }

    public void reminded(OffsetDateTime now) {
        remindedAt = now;
    }

    /** Forgets who the guest was; the row stays, so the counts stay. */
    public void anonymise(OffsetDateTime now) {
        name = null;
        email = null;
        organisation = null;
        needs = null;
        listed = false;
        anonymisedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getGatheringId() {
        return gatheringId;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public ParticipantRole getRole() {
        return role;
    }

    public String getNeeds() {
        return needs;
    }

    public boolean isListed() {
        return listed;
    }

    public String getLanguage() {
        return language;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Long getLineNumber() {
        return lineNumber;
    }

    public String getCode() {
        return code;
    }

    public String getToken() {
        return token;
    }

    public boolean isWalkIn() {
        return walkIn;
    }

    public boolean isPresent() {
        return present;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
