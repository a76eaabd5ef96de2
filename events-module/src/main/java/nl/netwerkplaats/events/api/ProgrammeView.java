package nl.netwerkplaats.events.api;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/** Rounds in their order and tables by number. */
public record ProgrammeView(long gatheringId, List<RoundView> rounds, List<TableView> tables) implements Serializable {

    public ProgrammeView {
        rounds = List.copyOf(rounds);
        tables = List.copyOf(tables);
    }

    public Optional<TableView> table(Long tableId) {
        return tables.stream().filter(t -> tableId != null && t.id() == tableId).findFirst();
    }

    public Optional<RoundView> round(Long roundId) {
        return rounds.stream().filter(r -> roundId != null && r.id() == roundId).findFirst();
    }
}
