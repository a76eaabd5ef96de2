package nl.netwerkplaats.events.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Someone's table in one round (or for the whole gathering when it has no rounds). */
@Entity
@Table(name = "table_seat", schema = "events")
public class TableSeat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "gathering_id", nullable = false, updatable = false)
    private long gatheringId;

    @Column(name = "round_id", updatable = false)
    private Long roundId;

    @Column(name = "registration_id", nullable = false, updatable = false)
    private long registrationId;

    @Column(name = "table_id", nullable = false)
    private long tableId;

    @Column(nullable = false)
    private boolean manual;

    protected TableSeat() {
    }

    public TableSeat(long gatheringId, Long roundId, long registrationId, long tableId, boolean manual) {
        this.gatheringId = gatheringId;
        this.roundId = roundId;
        this.registrationId = registrationId;
        this.tableId = tableId;
        this.manual = manual;
    }

    public void moveTo(long newTableId) {
        this.tableId = newTableId;
        this.manual = true;
    }

    public Long getId() {
        return id;
    }

    public long getGatheringId() {
        return gatheringId;
    }

    public Long getRoundId() {
        return roundId;
    }

    public long getRegistrationId() {
        return registrationId;
    }

    public long getTableId() {
        return tableId;
    }

    public boolean isManual() {
        return manual;
    }
}
