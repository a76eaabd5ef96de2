package nl.netwerkplaats.events.domain;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What organisers write themselves in a gathering's report: the intro and the synthesis. */
@Entity
@Table(name = "report", schema = "events")
public class Report {

    @Id
    @Column(name = "gathering_id")
    private Long gatheringId;

    private String intro;

    private String synthesis;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    @Column(name = "published_by")
    private Long publishedBy;

    @Version
    private int version;

    protected Report() {
    }

    public Report(long gatheringId) {
        this.gatheringId = gatheringId;
    }

    public void write(String intro, String synthesis) {
        this.intro = Round.blankToNull(intro);
        this.synthesis = Round.blankToNull(synthesis);
    }

    public void publish(long actorId, OffsetDateTime now) {
        this.publishedAt = now;
        this.publishedBy = actorId;
    }

    public Long getGatheringId() {
        return gatheringId;
    }

    public String getIntro() {
        return intro;
    }

    public String getSynthesis() {
        return synthesis;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }
}
