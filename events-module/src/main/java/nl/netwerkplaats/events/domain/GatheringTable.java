package nl.netwerkplaats.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.netwerkplaats.events.api.TableDraft;

/** A table of a gathering, the same all day: number, topic or case, host and note-taker. */
@Entity
@Table(name = "gathering_table", schema = "events")
public class GatheringTable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "gathering_id", nullable = false, updatable = false)
    private long gatheringId;

    @Column(nullable = false)
    private int number;

    private String topic;

    @Column(name = "host_account_id")
    private Long hostAccountId;

    @Column(name = "host_name")
    private String hostName;

    @Column(name = "note_taker_account_id")
    private Long noteTakerAccountId;

    @Column(name = "note_taker_name")
    private String noteTakerName;

    @Version
    private int version;

    protected GatheringTable() {
    }

    public GatheringTable(long gatheringId, TableDraft draft) {
        this.gatheringId = gatheringId;
        apply(draft);
    }

    public final void apply(TableDraft d) {
        this.number = d.number();
        this.topic = Round.blankToNull(d.topic());
        this.hostAccountId = d.hostAccountId();
        this.hostName = d.hostAccountId() == null ? Round.blankToNull(d.hostName()) : null;
        this.noteTakerAccountId = d.noteTakerAccountId();
        this.noteTakerName = d.noteTakerAccountId() == null ? Round.blankToNull(d.noteTakerName()) : null;
    }

    /** An erased account stays on the table as a name. */
    public void forget(long accountId, String replacementName) {
        if (hostAccountId != null && hostAccountId == accountId) {
            hostAccountId = null;
            hostName = replacementName;
        }
        if (noteTakerAccountId != null && noteTakerAccountId == accountId) {
            noteTakerAccountId = null;
            noteTakerName = replacementName;
        }
    }

    public Long getId() {
        return id;
    }

    public long getGatheringId() {
        return gatheringId;
    }

    public int getNumber() {
        return number;
    }

    public String getTopic() {
        return topic;
    }

    public Long getHostAccountId() {
        return hostAccountId;
    }

    public String getHostName() {
        return hostName;
    }

    public Long getNoteTakerAccountId() {
        return noteTakerAccountId;
    }

    public String getNoteTakerName() {
        return noteTakerName;
    }
}
