package nl.netwerkplaats.events.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.netwerkplaats.events.api.RoundDraft;

/** A round of a gathering's programme, with its question and time slot. */
@Entity
@Table(name = "programme_round", schema = "events")
public class Round {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "gathering_id", nullable = false, updatable = false)
    private long gatheringId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    private String question;

    @Column(name = "starts_at")
    private OffsetDateTime startsAt;

    @Column(name = "ends_at")
    private OffsetDateTime endsAt;

    @Version
    private int version;

    protected Round() {
    }

    public Round(long gatheringId, int position, RoundDraft draft) {
        this.gatheringId = gatheringId;
        this.position = position;
        apply(draft);
    }

    public final void apply(RoundDraft d) {
        this.title = d.title().strip();
        this.question = blankToNull(d.question());
        this.startsAt = d.startsAt();
        this.endsAt = d.endsAt();
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public Long getId() {
        return id;
    }

    public long getGatheringId() {
        return gatheringId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getQuestion() {
        return question;
    }

    public OffsetDateTime getStartsAt() {
        return startsAt;
    }

    public OffsetDateTime getEndsAt() {
        return endsAt;
    }
}
